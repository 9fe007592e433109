using Mediator;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.Files;

namespace PartnerCrm.Web.Pages.Statistics;

/// <summary>
/// The tables a person can pick on the statistics page, each the same query the API answers: placements,
/// retention at 3, 6 or 12 months, internships leading to work, and referrals.
/// </summary>
public sealed record StatisticsChoice(string Key, string Table, string? Milestone, string Figure)
{
    public static readonly IReadOnlyList<StatisticsChoice> All =
    [
        new("placements", StatisticsTables.Placements, null, "placements"),
        new("retention-3m", StatisticsTables.Retention, "3m", "retentionRate"),
        new("retention-6m", StatisticsTables.Retention, "6m", "retentionRate"),
        new("retention-12m", StatisticsTables.Retention, "12m", "retentionRate"),
        new("conversion", StatisticsTables.Conversion, null, "conversionRate"),
        new("referrals", StatisticsTables.Referrals, null, "referrals"),
    ];

    public static StatisticsChoice Default => All[0];

    public static StatisticsChoice? Of(string? key) => string.IsNullOrEmpty(key) ? Default : All.FirstOrDefault(c => c.Key == key);

    /// <summary>Whether <see cref="Figure"/> is a share (0–1) rather than a count.</summary>
    public bool FigureIsShare => Figure.EndsWith("Rate", StringComparison.Ordinal);

    /// <summary>The API's query for this table.</summary>
    public IQuery<StatisticsTable> Query(DateOnly? from, DateOnly? to, string? groupBy) =>
        StatisticsTables.QueryOf(new TableRequest(Table, from, to, Milestone, groupBy, null));
}
