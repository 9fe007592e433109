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

/// <summary>Everything the committee's report shows, every count already under disclosure control.</summary>
public sealed record CommitteeReportModel(
    DateOnly From,
    DateOnly To,
    DateTimeOffset GeneratedAt,
    SummaryDto Summary,
    StatisticsTable PlacementsByQuarterAndType,
    StatisticsTable PlacementsByType,
    StatisticsTable RetentionByType,
    StatisticsTable Conversion,
    StatisticsTable PlacementsByIndustry,
    IReadOnlyList<Recommendation> Recommendations);

/// <summary>The committee's report as a document: <c>html</c> (default, one self-contained file) or <c>markdown</c>; Danish by default.</summary>
public sealed record CommitteeReportQuery(DateOnly? From, DateOnly? To, string? Format, string? Lang) : IQuery<string>, IPeriodRequest;

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
    TimeProvider clock) : IQueryHandler<CommitteeReportQuery, string>
{
    public async ValueTask<string> Handle(CommitteeReportQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var (from, to) = query.Period(clock);
        var min = settings.MinCellSize;
        async Task<StatisticsTable> PlacementsAsync(params string[] groupBy) =>
            TableBuilder.Build(from, to, groupBy, min, PlacementStatisticsQueryHandler.Measures, await store.CountPlacementsAsync(from, to, groupBy, cancellationToken));

        var knownFacts = await facts.GatherAsync(today, cancellationToken);
        var model = new CommitteeReportModel(
            from, to, clock.GetUtcNow(),
            SummaryFigures.Publish(await store.SummaryAsync(from, to, today, cancellationToken), from, to, min),
            await PlacementsAsync(Dimensions.Type, Dimensions.Quarter),
            await PlacementsAsync(Dimensions.Type),
            TableBuilder.Build(from, to, [Dimensions.Type], min, RetentionStatisticsQueryHandler.Measures,
                await store.CountRetentionAsync(from, to, "6m", today, [Dimensions.Type], cancellationToken), RetentionStatisticsQueryHandler.Rates),
            TableBuilder.Build(from, to, [], min, ConversionStatisticsQueryHandler.Measures,
                await store.CountConversionAsync(from, to, today, [], cancellationToken), ConversionStatisticsQueryHandler.Rates),
            await PlacementsAsync(Dimensions.Industry),
            GetRecommendationsQueryHandler.Rank(rules.SelectMany(rule => rule.Evaluate(knownFacts, recommendationSettings, min))));

        var texts = ReportTexts.For(query.Lang ?? "da");
        return query.Format == "markdown" ? CommitteeReportMarkdown.Render(model, texts) : CommitteeReportHtml.Render(model, texts);
    }
}
