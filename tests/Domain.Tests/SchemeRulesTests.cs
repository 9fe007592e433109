using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Domain.Tests;

public class SchemeRulesTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static string? Refusal(PlacementType type, DateOnly? plannedEnd, decimal hours = 37, bool extended = false, Sector sector = Sector.Private)
    {
        try
        {
            SchemeRules.Check(type, sector, Start, SchemeRules.PlannedEnd(type, Start, plannedEnd), hours, extended);
            return null;
        }
        catch (DomainRuleException e)
        {
            return e.Code;
        }
    }

    [Fact]
    public void An_internship_needs_a_planned_end() => Assert.Equal("missingPlannedEnd", Refusal(PlacementType.Internship, null));

    [Fact]
    public void An_internship_lasts_at_most_13_weeks()
    {
        Assert.Null(Refusal(PlacementType.Internship, Start.AddDays(13 * 7)));
        Assert.Equal("durationExceeded", Refusal(PlacementType.Internship, Start.AddDays(13 * 7 + 1)));
    }

    [Fact]
    public void An_extended_internship_lasts_at_most_26_weeks()
    {
        Assert.Null(Refusal(PlacementType.Internship, Start.AddDays(26 * 7), extended: true));
        Assert.Equal("durationExceeded", Refusal(PlacementType.Internship, Start.AddDays(26 * 7 + 1), extended: true));
    }

    [Fact]
    public void Only_an_internship_is_extended() =>
        Assert.Equal("extendedNotInternship", Refusal(PlacementType.WageSubsidy, Start.AddMonths(1), extended: true));

    [Fact]
    public void Wage_subsidy_needs_a_planned_end() => Assert.Equal("missingPlannedEnd", Refusal(PlacementType.WageSubsidy, null));

    [Fact]
    public void Wage_subsidy_lasts_at_most_6_months_at_a_private_company()
    {
        Assert.Null(Refusal(PlacementType.WageSubsidy, Start.AddMonths(6)));
        Assert.Equal("durationExceeded", Refusal(PlacementType.WageSubsidy, Start.AddMonths(6).AddDays(1)));
    }

    [Fact]
    public void Wage_subsidy_lasts_at_most_4_months_at_a_public_one()
    {
        Assert.Null(Refusal(PlacementType.WageSubsidy, Start.AddMonths(4), sector: Sector.Public));
        Assert.Equal("durationExceeded", Refusal(PlacementType.WageSubsidy, Start.AddMonths(4).AddDays(1), sector: Sector.Public));
        Assert.Null(Refusal(PlacementType.WageSubsidy, Start.AddMonths(5), sector: Sector.Private));
    }

    [Fact]
    public void Igu_runs_24_months_by_default_and_never_longer()
    {
        Assert.Equal(Start.AddMonths(24), SchemeRules.PlannedEnd(PlacementType.Igu, Start, null));
        Assert.Null(Refusal(PlacementType.Igu, null));
        Assert.Null(Refusal(PlacementType.Igu, Start.AddMonths(18)));
        Assert.Equal("durationExceeded", Refusal(PlacementType.Igu, Start.AddMonths(24).AddDays(1)));
    }

    [Fact]
    public void Igu_is_at_least_25_hours_a_week()
    {
        Assert.Null(Refusal(PlacementType.Igu, null, hours: 25));
        Assert.Equal("hoursTooLow", Refusal(PlacementType.Igu, null, hours: 24.5m));
    }

    [Fact]
    public void Ordinary_employment_needs_no_planned_end_and_apprenticeship_may_have_one()
    {
        Assert.Null(Refusal(PlacementType.OrdinaryEmployment, null, hours: 10));
        Assert.Null(Refusal(PlacementType.Apprenticeship, null));
        Assert.Null(Refusal(PlacementType.Apprenticeship, Start.AddYears(4)));
    }

    [Fact]
    public void A_planned_end_before_the_start_is_refused() =>
        Assert.Equal("endBeforeStart", Refusal(PlacementType.OrdinaryEmployment, Start.AddDays(-1)));
}
