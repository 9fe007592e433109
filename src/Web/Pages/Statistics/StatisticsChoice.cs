using Mediator;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.ConversionStatistics;
using PartnerCrm.Application.Statistics.PlacementStatistics;
using PartnerCrm.Application.Statistics.ReferralStatistics;
using PartnerCrm.Application.Statistics.RetentionStatistics;

namespace PartnerCrm.Web.Pages.Statistics;

/// <summary>
/// The tables a person can pick on the statistics page, each the same query the API answers: placements,
/// retention at 3, 6 or 12 months, internships leading to work, and referrals.
/// </summary>
public sealed record StatisticsChoice(string Key, string Table, string? Milestone, string Figure)
{
    public static readonly IReadOnlyList<StatisticsChoice> All =
    [
        new("placements", "placements", null, "placements"),
        new("retention-3m", "retention", "3m", "retentionRate"),
        new("retention-6m", "retention", "6m", "retentionRate"),
        new("retention-12m", "retention", "12m", "retentionRate"),
        new("conversion", "conversion", null, "conversionRate"),
        new("referrals", "referrals", null, "referrals"),
    ];

    public static StatisticsChoice Default => All[0];

    public static StatisticsChoice? Of(string? key) => string.IsNullOrEmpty(key) ? Default : All.FirstOrDefault(c => c.Key == key);

    /// <summary>Whether <see cref="Figure"/> is a share (0–1) rather than a count.</summary>
    public bool FigureIsShare => Figure.EndsWith("Rate", StringComparison.Ordinal);

    /// <summary>The API's query for this table.</summary>
    public IQuery<StatisticsTable> Query(DateOnly? from, DateOnly? to, string? groupBy) => Table switch
    {
        "retention" => new RetentionStatisticsQuery(from, to, Milestone, groupBy, null),
        "conversion" => new ConversionStatisticsQuery(from, to, groupBy, null),
        "referrals" => new ReferralStatisticsQuery(from, to, groupBy, null),
        _ => new PlacementStatisticsQuery(from, to, groupBy, null),
    };
}
