using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Domain.Tests;

public class PlacementTests
{
    private static readonly StaffMember Anna = new("anna", "Anna Jensen");
    private static readonly Company Bakery = Company.Register(Cvr.Parse("13585628"), new CompanyDetails("Gentofte Bageri", null, Sector.Private, null, null, null));

    private static Candidate Amira() => Candidate.Register(new CandidateDetails(
        "J-2026-001", "Amira", 1994, Gender.Female, "SY", ResidenceBasis.Refugee, new DateOnly(2025, 6, 1),
        new DanishCourse(DanishTrack.DU2, 3), EducationLevel.UpperSecondary, null));

    private static Placement Make(PlacementType type, DateOnly start, DateOnly? plannedEnd) =>
        Placement.Make(Amira(), Bakery, null, null, new PlacementTerms(type, "Bagerhjælper", 30, start, plannedEnd, false), Anna);

    [Fact]
    public void A_placement_gets_its_follow_ups_when_it_is_made()
    {
        var placement = Make(PlacementType.Igu, new DateOnly(2026, 3, 2), null);
        Assert.Equal(new DateOnly(2028, 3, 2), placement.PlannedEndDate);
        Assert.Equal(5, placement.FollowUps.Count);
        Assert.All(placement.FollowUps, f => Assert.Equal((placement.Id, FollowUpStatus.Pending), (f.PlacementId, f.Status)));
    }

    [Fact]
    public void Status_follows_the_dates_and_today()
    {
        var placement = Make(PlacementType.Internship, new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 29));
        Assert.Equal(PlacementStatus.Planned, placement.StatusOn(new DateOnly(2026, 3, 1)));
        Assert.Equal(PlacementStatus.Active, placement.StatusOn(new DateOnly(2026, 3, 2)));
        Assert.Equal(PlacementStatus.Active, placement.StatusOn(new DateOnly(2026, 5, 29)));
        Assert.Equal(PlacementStatus.Ended, placement.StatusOn(new DateOnly(2026, 5, 30)));

        placement.End(new DateOnly(2026, 4, 10), EndReason.HiredByCompany);
        Assert.Equal(PlacementStatus.Active, placement.StatusOn(new DateOnly(2026, 4, 10)));
        Assert.Equal(PlacementStatus.Ended, placement.StatusOn(new DateOnly(2026, 4, 11)));
    }

    [Fact]
    public void A_placement_ends_once()
    {
        var placement = Make(PlacementType.OrdinaryEmployment, new DateOnly(2026, 3, 2), null);
        placement.End(new DateOnly(2026, 6, 30), EndReason.HiredElsewhere);
        Assert.Throws<AlreadyDoneException>(() => placement.End(new DateOnly(2026, 7, 1), EndReason.Other));
        Assert.Equal("endBeforeStart", Assert.Throws<DomainRuleException>(() =>
            Make(PlacementType.OrdinaryEmployment, new DateOnly(2026, 3, 2), null).End(new DateOnly(2026, 3, 1), EndReason.Other)).Code);
    }

    [Fact]
    public void A_person_who_left_cannot_be_followed_up()
    {
        var placement = Make(PlacementType.OrdinaryEmployment, new DateOnly(2026, 3, 2), null);
        placement.FollowUps[0].Complete(new FollowUpResult(Outcome.EmployedSameCompany, 30, 4, 5, null), Anna, DateTimeOffset.UtcNow);
        placement.End(new DateOnly(2026, 5, 1), EndReason.CandidateLeft);
        Assert.Equal([FollowUpStatus.Completed, FollowUpStatus.Cancelled, FollowUpStatus.Cancelled, FollowUpStatus.Cancelled],
            placement.FollowUps.Select(f => f.Status));
    }

    [Fact]
    public void A_follow_up_is_completed_once_with_scores_of_1_to_5()
    {
        var followUp = Make(PlacementType.OrdinaryEmployment, new DateOnly(2026, 3, 2), null).FollowUps[0];
        Assert.True(followUp.IsOverdue(followUp.DueDate.AddDays(1)));
        Assert.False(followUp.IsOverdue(followUp.DueDate));
        Assert.Equal("satisfactionOutOfRange", Assert.Throws<DomainRuleException>(() =>
            followUp.Complete(new FollowUpResult(Outcome.Unknown, null, 6, null, null), Anna, DateTimeOffset.UtcNow)).Code);

        followUp.Complete(new FollowUpResult(Outcome.EmployedSameCompany, 37, 5, 4, "Trives godt"), Anna, DateTimeOffset.UtcNow);
        Assert.False(followUp.IsOverdue(followUp.DueDate.AddDays(30)));
        Assert.Throws<AlreadyDoneException>(() => followUp.Complete(new FollowUpResult(Outcome.Unknown, null, null, null, null), Anna, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void An_erased_candidate_cannot_be_placed()
    {
        var candidate = Amira();
        candidate.Erase(DateTimeOffset.UtcNow);
        Assert.Equal("candidateErased", Assert.Throws<DomainRuleException>(() => Placement.Make(candidate, Bakery, null, null,
            new PlacementTerms(PlacementType.OrdinaryEmployment, "Bagerhjælper", 30, new DateOnly(2026, 3, 2), null, false), Anna)).Code);
    }

    [Theory]
    [InlineData(EndReason.EmployerEnded, true)]
    [InlineData(EndReason.CandidateLeft, true)]
    [InlineData(EndReason.Completed, false)]
    [InlineData(EndReason.HiredByCompany, false)]
    [InlineData(EndReason.HiredElsewhere, false)]
    [InlineData(EndReason.StartedEducation, false)]
    [InlineData(EndReason.Other, false)]
    public void A_placement_ended_early_when_the_employer_ended_it_or_the_person_left(EndReason reason, bool early)
    {
        var placement = Make(PlacementType.OrdinaryEmployment, new DateOnly(2026, 3, 2), null);
        Assert.False(placement.EndedEarly);
        placement.End(new DateOnly(2026, 4, 1), reason);
        Assert.Equal(early, placement.EndedEarly);
    }

    [Theory]
    [InlineData(PlacementType.Internship, false)]
    [InlineData(PlacementType.WageSubsidy, true)]
    [InlineData(PlacementType.Igu, true)]
    [InlineData(PlacementType.OrdinaryEmployment, true)]
    [InlineData(PlacementType.Apprenticeship, true)]
    public void Every_scheme_but_the_internship_is_paid_work(PlacementType type, bool paid) => Assert.Equal(paid, type.IsPaidWork());

    [Fact]
    public void Hours_a_week_are_more_than_zero_and_at_most_the_working_time_limit()
    {
        foreach (var hours in new[] { 0m, -1m, SchemeRules.MaxHoursPerWeek + 0.5m })
            Assert.Equal("hoursOutOfRange", Assert.Throws<DomainRuleException>(() => Placement.Make(Amira(), Bakery, null, null,
                new PlacementTerms(PlacementType.OrdinaryEmployment, "Bagerhjælper", hours, new DateOnly(2026, 3, 2), null, false), Anna)).Code);
    }
}
