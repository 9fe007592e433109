using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Statistics;

namespace PartnerCrm.Application.Recommendations.GetRecommendations;

/// <summary>Every rule over today's facts, best (highest score) first.</summary>
public sealed record GetRecommendationsQuery : IQuery<RecommendationsDto>;

public sealed class GetRecommendationsQueryHandler(
    IRecommendationFactsSource source,
    IEnumerable<IRecommendationRule> rules,
    RecommendationSettings settings,
    StatisticsSettings statistics,
    TimeProvider clock) : IQueryHandler<GetRecommendationsQuery, RecommendationsDto>
{
    public async ValueTask<RecommendationsDto> Handle(GetRecommendationsQuery query, CancellationToken cancellationToken)
    {
        var facts = await source.GatherAsync(clock.Today(), cancellationToken);
        return new RecommendationsDto(clock.GetUtcNow(), Rank(rules.SelectMany(rule => rule.Evaluate(facts, settings, statistics.MinCellSize))));
    }

    public static IReadOnlyList<Recommendation> Rank(IEnumerable<Recommendation> items) =>
        items.OrderByDescending(r => r.Score).ThenBy(r => r.Kind).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();
}
