using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Statistics;

namespace PartnerCrm.Application.Recommendations.GetRecommendations;

/// <summary>Every rule over today's facts, best (highest score) first; titles and reasons in English, or Danish with <c>lang=da</c>.</summary>
public sealed record GetRecommendationsQuery(string? Lang = null) : IQuery<RecommendationsDto>;

public sealed class GetRecommendationsQueryValidator : AbstractValidator<GetRecommendationsQuery>
{
    public GetRecommendationsQueryValidator() => RuleFor(q => q.Lang).OneOf(["da", "en"]);
}

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
        var culture = RecommendationWording.CultureOf(query.Lang);
        return new RecommendationsDto(clock.GetUtcNow(),
            Rank(rules.SelectMany(rule => rule.Evaluate(facts, settings, statistics.MinCellSize))).Select(r => RecommendationWording.Item(r, culture)).ToList());
    }

    /// <summary>Best first; equal scores by kind, then by what they are about (the same order in every language).</summary>
    public static IReadOnlyList<Recommendation> Rank(IEnumerable<Recommendation> items) =>
        items.OrderByDescending(r => r.Score).ThenBy(r => r.Kind)
            .ThenBy(r => r.CompanyName ?? r.Industry, StringComparer.Ordinal).ThenBy(r => r.CompanyId).ToList();
}
