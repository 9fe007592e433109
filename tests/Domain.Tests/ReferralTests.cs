using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Referrals;
using static PartnerCrm.Domain.Referrals.ReferralStatus;

namespace PartnerCrm.Domain.Tests;

public class ReferralTests
{
    private static readonly InternshipTerms Warehouse = new(
        "Lagermedarbejder", "Plukning og pakning", "Gentofte", PostalCode.Parse("2820"),
        new DateOnly(2027, 2, 1), 8, 25, 2, DanishLevel.DU2);

    private static readonly CandidateDetails Amira = new(
        "J-2026-001", "Amira", 1994, Gender.Female, "sy", ResidenceBasis.Refugee, new DateOnly(2025, 6, 1),
        new DanishCourse(DanishTrack.DU2, 3), EducationLevel.UpperSecondary, null);

    private static readonly StaffMember Consultant = new("consultant-1", "Mette Konsulent");

    private static (Referral Referral, Candidate Candidate) InStatus(ReferralStatus status)
    {
        var offer = InternshipOffer.Post(Guid.NewGuid(), Warehouse, asDraft: false, null);
        var candidate = Candidate.Register(Amira);
        var referral = Referral.Propose(offer, candidate, null, Consultant);
        if (status is Interview or Declined or Withdrawn)
            referral.MoveTo(status, DeclineReason.Language, candidate, DateTimeOffset.UtcNow);
        return (referral, candidate);
    }

    [Theory]
    [InlineData(Proposed, new[] { Interview, Accepted, Declined, Withdrawn })]
    [InlineData(Interview, new[] { Accepted, Declined, Withdrawn })]
    [InlineData(Accepted, new ReferralStatus[0])]
    [InlineData(Declined, new ReferralStatus[0])]
    [InlineData(Withdrawn, new ReferralStatus[0])]
    public void The_moves_offered_from_a_status_are_the_moves_it_allows(ReferralStatus from, ReferralStatus[] expected)
    {
        var offered = Referral.TransitionsFrom(from);
        Assert.Equal(expected, offered);
        if (from == Accepted) return;
        var (referral, _) = InStatus(from);
        Assert.Equal(from, referral.Status);
        foreach (var to in Enum.GetValues<ReferralStatus>())
            Assert.Equal(offered.Contains(to), referral.CanChangeTo(to));
    }

    [Fact]
    public void A_move_offered_is_a_move_made_and_one_not_offered_is_refused()
    {
        foreach (var to in Referral.TransitionsFrom(Interview).Where(s => s != Accepted))
        {
            var (referral, candidate) = InStatus(Interview);
            referral.MoveTo(to, DeclineReason.NoShow, candidate, DateTimeOffset.UtcNow);
            Assert.Equal(to, referral.Status);
        }

        var (interviewed, who) = InStatus(Interview);
        Assert.DoesNotContain(Interview, Referral.TransitionsFrom(Interview));
        Assert.Equal("invalidTransition",
            Assert.Throws<DomainRuleException>(() => interviewed.MoveTo(Interview, null, who, DateTimeOffset.UtcNow)).Code);
    }

    [Fact]
    public void The_moves_offered_cannot_be_changed_by_the_caller()
    {
        var offered = Referral.TransitionsFrom(Proposed);
        Assert.Throws<NotSupportedException>(() => ((IList<ReferralStatus>)offered).Clear());
        Assert.Equal(4, Referral.TransitionsFrom(Proposed).Count);
    }
}
