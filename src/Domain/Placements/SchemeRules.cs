using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Domain.Placements;

/// <summary>
/// The legal limits of each scheme, checked when a placement is made. Durations are calendar spans from
/// the start date: the planned end may fall on, but not after, the start plus the limit.
/// </summary>
public static class SchemeRules
{
    public const int InternshipWeeks = 13;
    public const int ExtendedInternshipWeeks = 26;
    public const int PrivateWageSubsidyMonths = 6;
    public const int PublicWageSubsidyMonths = 4;
    public const int IguMonths = 24;
    public const int IguMinimumHoursPerWeek = 25;

    /// <summary>The most hours a week anyone works on average (the Danish working time act, 48 hours).</summary>
    public const int MaxHoursPerWeek = 48;

    /// <summary>The planned end to use: the one given, or the scheme's default (IGU: start + 24 months).</summary>
    public static DateOnly? PlannedEnd(PlacementType type, DateOnly start, DateOnly? plannedEnd) =>
        type == PlacementType.Igu ? plannedEnd ?? start.AddMonths(IguMonths) : plannedEnd;

    /// <exception cref="DomainRuleException">missingPlannedEnd, durationExceeded, hoursTooLow, endBeforeStart, extendedNotInternship.</exception>
    public static void Check(PlacementType type, Sector sector, DateOnly start, DateOnly? plannedEnd, decimal hoursPerWeek, bool extended)
    {
        if (extended && type != PlacementType.Internship)
            throw new DomainRuleException("extendedNotInternship", "Only an internship can be marked as extended.");
        if (plannedEnd < start)
            throw new DomainRuleException("endBeforeStart", "The planned end is before the start.");
        if (hoursPerWeek is <= 0 or > MaxHoursPerWeek)
            throw new DomainRuleException("hoursOutOfRange", $"A placement is more than 0 and at most {MaxHoursPerWeek} hours a week.");

        switch (type)
        {
            case PlacementType.Internship:
                var weeks = extended ? ExtendedInternshipWeeks : InternshipWeeks;
                RequirePlannedEnd(plannedEnd, "An internship (virksomhedspraktik) needs a planned end.");
                if (plannedEnd > start.AddDays(weeks * 7))
                    throw new DomainRuleException("durationExceeded",
                        $"An internship lasts at most {weeks} weeks{(extended ? " when extended" : $" ({ExtendedInternshipWeeks} when marked as extended)")}; it would end after {start.AddDays(weeks * 7):yyyy-MM-dd}.");
                break;
            case PlacementType.WageSubsidy:
                var months = sector == Sector.Public ? PublicWageSubsidyMonths : PrivateWageSubsidyMonths;
                RequirePlannedEnd(plannedEnd, "A wage subsidy job (løntilskud) needs a planned end.");
                if (plannedEnd > start.AddMonths(months))
                    throw new DomainRuleException("durationExceeded",
                        $"Wage subsidy at a {sector.ToString().ToLowerInvariant()} company lasts at most {months} months; it would end after {start.AddMonths(months):yyyy-MM-dd}.");
                break;
            case PlacementType.Igu:
                if (plannedEnd > start.AddMonths(IguMonths))
                    throw new DomainRuleException("durationExceeded", $"An IGU programme lasts at most {IguMonths} months.");
                if (hoursPerWeek < IguMinimumHoursPerWeek)
                    throw new DomainRuleException("hoursTooLow", $"An IGU programme is at least {IguMinimumHoursPerWeek} hours a week on average.");
                break;
            case PlacementType.OrdinaryEmployment:
            case PlacementType.Apprenticeship:
                break;
        }
    }

    private static void RequirePlannedEnd(DateOnly? plannedEnd, string message)
    {
        if (plannedEnd is null) throw new DomainRuleException("missingPlannedEnd", message);
    }
}
