using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Partnerships;
using static PartnerCrm.Domain.Partnerships.PartnershipStatus;

namespace PartnerCrm.Domain.Tests;

public class PartnershipTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly StaffMember Anna = new("anna", "Anna Jensen");
    private static readonly PartnershipTerms Terms = new([Scheme.Internship, Scheme.Igu], 4, null);

    private static Partnership InStatus(PartnershipStatus status)
    {
        var path = status switch
        {
            Prospect => [],
            Negotiating => new[] { Negotiating },
            Active => [Negotiating, Active],
            Paused => [Negotiating, Active, Paused],
            Ended => [Ended],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        var partnership = Partnership.Propose(Guid.NewGuid(), Terms, Prospect, null, Anna, Today);
        foreach (var step in path) partnership.ChangeStatus(step, null, Today);
        return partnership;
    }

    public static TheoryData<PartnershipStatus, PartnershipStatus, bool> EveryTransition()
    {
        HashSet<(PartnershipStatus, PartnershipStatus)> allowed =
        [
            (Prospect, Negotiating), (Negotiating, Active), (Active, Paused), (Paused, Active),
            (Prospect, Ended), (Negotiating, Ended), (Active, Ended), (Paused, Ended),
        ];
        var data = new TheoryData<PartnershipStatus, PartnershipStatus, bool>();
        foreach (var from in Enum.GetValues<PartnershipStatus>())
        foreach (var to in Enum.GetValues<PartnershipStatus>())
            data.Add(from, to, allowed.Contains((from, to)));
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTransition))]
    public void Follows_prospect_negotiating_active_paused_and_ends_from_anywhere(PartnershipStatus from, PartnershipStatus to, bool allowed)
    {
        var partnership = InStatus(from);
        if (allowed)
        {
            partnership.ChangeStatus(to, null, Today);
            Assert.Equal(to, partnership.Status);
        }
        else
        {
            var refused = Assert.Throws<DomainRuleException>(() => partnership.ChangeStatus(to, null, Today));
            Assert.Equal("invalidTransition", refused.Code);
            Assert.Equal(from, partnership.Status);
        }
    }

    [Theory]
    [MemberData(nameof(EveryTransition))]
    public void Names_the_statuses_it_may_move_to(PartnershipStatus from, PartnershipStatus to, bool allowed) =>
        Assert.Equal(allowed, Partnership.TransitionsFrom(from).Contains(to));

    [Fact]
    public void Names_the_statuses_it_may_move_to_in_the_order_of_its_life_cycle_and_ending_last()
    {
        Assert.Equal(new[] { Negotiating, Ended }, Partnership.TransitionsFrom(Prospect));
        Assert.Equal(new[] { Active, Ended }, Partnership.TransitionsFrom(Negotiating));
        Assert.Equal(new[] { Paused, Ended }, Partnership.TransitionsFrom(Active));
        Assert.Equal(new[] { Active, Ended }, Partnership.TransitionsFrom(Paused));
        Assert.Empty(Partnership.TransitionsFrom(Ended));
    }

    [Fact]
    public void The_statuses_it_may_move_to_cannot_be_changed_by_whoever_reads_them()
    {
        var transitions = Partnership.TransitionsFrom(Prospect);
        Assert.Throws<NotSupportedException>(() => ((IList<PartnershipStatus>)transitions)[0] = Active);
        Assert.True(Partnership.Propose(Guid.NewGuid(), Terms, Prospect, null, Anna, Today).CanChangeTo(Negotiating));
    }

    [Fact]
    public void Becoming_active_sets_the_start_date_when_it_is_empty()
    {
        var partnership = InStatus(Negotiating);
        partnership.ChangeStatus(Active, null, Today);
        Assert.Equal(Today, partnership.StartDate);
    }

    [Fact]
    public void Becoming_active_keeps_a_start_date_that_was_agreed()
    {
        var agreed = new DateOnly(2026, 1, 1);
        var partnership = Partnership.Propose(Guid.NewGuid(), Terms, Negotiating, agreed, Anna, Today);
        partnership.ChangeStatus(Active, null, Today);
        Assert.Equal(agreed, partnership.StartDate);
    }

    [Fact]
    public void Ending_sets_the_end_date_and_is_final()
    {
        var partnership = InStatus(Active);
        partnership.ChangeStatus(Ended, "The company closed its Gentofte branch", Today);
        Assert.Equal(Today, partnership.EndDate);
        Assert.True(partnership.IsEnded);
        Assert.Throws<DomainRuleException>(() => partnership.Revise(Terms));
    }

    [Fact]
    public void A_partnership_cannot_begin_as_ended() =>
        Assert.Equal("invalidTransition",
            Assert.Throws<DomainRuleException>(() => Partnership.Propose(Guid.NewGuid(), Terms, Ended, null, Anna, Today)).Code);

    [Fact]
    public void A_partnership_that_begins_active_starts_today()
    {
        var partnership = Partnership.Propose(Guid.NewGuid(), Terms, Active, null, Anna, Today);
        Assert.Equal(Today, partnership.StartDate);
    }

    [Fact]
    public void Offers_at_least_one_scheme_each_once()
    {
        Assert.Equal("schemesRequired",
            Assert.Throws<DomainRuleException>(() => Partnership.Propose(Guid.NewGuid(), Terms with { Schemes = [] }, Prospect, null, Anna, Today)).Code);
        var partnership = Partnership.Propose(Guid.NewGuid(), Terms with { Schemes = [Scheme.Igu, Scheme.Igu, Scheme.Mentor] }, Prospect, null, Anna, Today);
        Assert.Equal([Scheme.Igu, Scheme.Mentor], partnership.Schemes);
    }
}
