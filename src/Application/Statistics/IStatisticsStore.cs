namespace PartnerCrm.Application.Statistics;

/// <summary>One group of a grouping set: its key per dimension (null where the set does not group by it) and its counts.</summary>
public sealed record GroupCounts(IReadOnlyDictionary<string, string?> Key, IReadOnlyDictionary<string, string?> Labels, IReadOnlyDictionary<string, long> Counts);

/// <summary>The headline figures, before disclosure control.</summary>
public sealed record SummaryCounts(
    long ActivePartnerships,
    long OpenInternshipSlots,
    long ActivePlacements,
    long OverdueFollowUps,
    long PlacementsThisYear,
    long SixMonthFollowedUp,
    long SixMonthEmployedSameCompany,
    long FirstPlacements,
    double? MedianDaysToFirstPlacement,
    long FollowUpsDue,
    long FollowUpsDoneInTime,
    long CommittedSlots,
    long PlacementsAtActivePartnerships,
    long RegisterCompanies,
    long CooperatingRegisterCompanies);

/// <summary>
/// Counts computed by PostgreSQL: every grouping set of the requested dimensions (the cells, each margin
/// and the grand total) in one query, so figures stay fast however many placements there are.
/// </summary>
public interface IStatisticsStore
{
    /// <summary><c>placements</c> and distinct <c>candidates</c> of placements starting in the period.</summary>
    Task<IReadOnlyList<GroupCounts>> CountPlacementsAsync(DateOnly from, DateOnly to, IReadOnlyList<string> groupBy, CancellationToken cancellationToken);

    /// <summary>
    /// Follow-ups at <paramref name="milestone"/> of placements starting in the period: <c>due</c> (completed, or pending
    /// and past due), <c>followedUp</c> (completed), and among those <c>employedSameCompany</c>, <c>employed</c> (at any
    /// company) and <c>inEducation</c>.
    /// </summary>
    Task<IReadOnlyList<GroupCounts>> CountRetentionAsync(DateOnly from, DateOnly to, string milestone, DateOnly today, IReadOnlyList<string> groupBy, CancellationToken cancellationToken);

    /// <summary>
    /// Internships starting in the period whose 90 days after the end have passed or that already converted:
    /// <c>internships</c> and <c>convertedWithin90Days</c> (the same person started a paid placement from the
    /// internship's start until 90 days after its end).
    /// </summary>
    Task<IReadOnlyList<GroupCounts>> CountConversionAsync(DateOnly from, DateOnly to, DateOnly today, IReadOnlyList<string> groupBy, CancellationToken cancellationToken);

    /// <summary>
    /// Referrals made in the period (by the day they were made, in Copenhagen): <c>referrals</c>, <c>interviews</c>
    /// (those that reached an interview) and <c>accepted</c>.
    /// </summary>
    Task<IReadOnlyList<GroupCounts>> CountReferralsAsync(DateOnly from, DateOnly to, IReadOnlyList<string> groupBy, CancellationToken cancellationToken);

    Task<SummaryCounts> SummaryAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken);
}
