namespace PartnerCrm.Application.Statistics;

/// <summary>One group of a grouping set: its key per dimension (null where the set does not group by it) and its counts.</summary>
public sealed record GroupCounts(IReadOnlyDictionary<string, string?> Key, IReadOnlyDictionary<string, string?> Labels, IReadOnlyDictionary<string, long> Counts);

/// <summary>
/// Counts computed by PostgreSQL: every grouping set of the requested dimensions (the cells, each margin
/// and the grand total) in one query, so figures stay fast however many placements there are.
/// </summary>
public interface IStatisticsStore
{
    /// <summary>Counts <c>placements</c> and distinct <c>candidates</c> of placements starting in the period.</summary>
    Task<IReadOnlyList<GroupCounts>> CountPlacementsAsync(DateOnly from, DateOnly to, IReadOnlyList<string> groupBy, CancellationToken cancellationToken);
}
