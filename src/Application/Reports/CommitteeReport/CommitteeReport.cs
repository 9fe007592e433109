using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Recommendations;
using PartnerCrm.Application.Recommendations.GetRecommendations;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.Files;
using PartnerCrm.Application.Statistics.ConversionStatistics;
using PartnerCrm.Application.Statistics.PlacementStatistics;
using PartnerCrm.Application.Statistics.RetentionStatistics;
using PartnerCrm.Application.Statistics.Summary;

namespace PartnerCrm.Application.Reports.CommitteeReport;

/// <summary>
/// Everything the committee's report shows, every count already under disclosure control. <see cref="From"/>
/// is null when the period is open at the start (all placements up to <see cref="To"/>). Placements over time
/// are counted per <see cref="Period"/>: a quarter, or a half-year or year when most quarters would be hidden.
/// </summary>
public sealed record CommitteeReportModel(
    DateOnly? From,
    DateOnly To,
    DateTimeOffset GeneratedAt,
    SummaryDto Summary,
    string Period,
    StatisticsTable PlacementsByPeriodAndType,
    StatisticsTable PlacementsByType,
    StatisticsTable RetentionByType,
    StatisticsTable Conversion,
    StatisticsTable PlacementsByIndustry,
    IReadOnlyList<Recommendation> Recommendations)
{
    /// <summary>True when the report counts per half-year or year because most quarters have too few placements to be shown.</summary>
    public bool Coarser => Period != Dimensions.Quarter;
}

/// <summary>
/// The committee's report: its figures for a period. <c>format</c> (<c>html</c>, the default, or
/// <c>markdown</c>) and <c>lang</c> (<c>da</c>, the default, or <c>en</c>) say how it is written; the words are
/// the web app's, so this query only checks them.
/// </summary>
public sealed record CommitteeReportQuery(DateOnly? From, DateOnly? To, string? Format, string? Lang) : IQuery<CommitteeReportModel>, IPeriodRequest;

public sealed class CommitteeReportQueryValidator : AbstractValidator<CommitteeReportQuery>
{
    public CommitteeReportQueryValidator()
    {
        this.ValidatePeriod();
        RuleFor(q => q.Format).MustBeOneOf("html", "markdown");
        RuleFor(q => q.Lang).OneOf(["da", "en"]);
    }
}

public sealed class CommitteeReportQueryHandler(
    IStatisticsStore store,
    StatisticsSettings settings,
    IRecommendationFactsSource facts,
    IEnumerable<IRecommendationRule> rules,
    RecommendationSettings recommendationSettings,
    TimeProvider clock) : IQueryHandler<CommitteeReportQuery, CommitteeReportModel>
{
    public async ValueTask<CommitteeReportModel> Handle(CommitteeReportQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var (from, to) = query.Period(clock);
        var min = settings.MinCellSize;
        async Task<StatisticsTable> PlacementsAsync(params string[] groupBy) =>
            TableBuilder.Build(from, to, groupBy, min, PlacementStatisticsQueryHandler.Measures, await store.CountPlacementsAsync(from, to, groupBy, cancellationToken));

        var knownFacts = await facts.GatherAsync(today, cancellationToken);
        var summary = SummaryFigures.Publish(await store.SummaryAsync(from, to, today, cancellationToken), from, to, min);
        var (period, overTime) = await PeriodGrouping.ChooseAsync(step => PlacementsAsync(Dimensions.Type, step));
        return new CommitteeReportModel(
            query.From, to, clock.GetUtcNow(),
            summary,
            period,
            overTime,
            await PlacementsAsync(Dimensions.Type),
            TableBuilder.Build(from, to, [Dimensions.Type], min, RetentionStatisticsQueryHandler.Measures,
                await store.CountRetentionAsync(from, to, "6m", today, [Dimensions.Type], cancellationToken), RetentionStatisticsQueryHandler.Rates),
            TableBuilder.Build(from, to, [], min, ConversionStatisticsQueryHandler.Measures,
                await store.CountConversionAsync(from, to, today, [], cancellationToken), ConversionStatisticsQueryHandler.Rates),
            await PlacementsAsync(Dimensions.Industry),
            GetRecommendationsQueryHandler.Rank(rules.SelectMany(rule => rule.Evaluate(knownFacts, recommendationSettings, min))));
    }
}
