namespace PartnerCrm.Application.Recommendations;

public enum RecommendationKind
{
    Expand,
    Formalize,
    Reactivate,
    Underused,
    RecruitIndustry,
    Review,
}

/// <summary>
/// One recommendation for the committee: what to do, about which company or industry, how strongly
/// (<see cref="Score"/> 0–100, comparable across kinds), why in one sentence, and the figures behind it.
/// </summary>
public sealed record Recommendation(
    RecommendationKind Kind,
    Guid? CompanyId,
    string? Industry,
    int Score,
    string Title,
    string Reason,
    IReadOnlyDictionary<string, object?> Evidence);

public sealed record RecommendationsDto(DateTimeOffset GeneratedAt, IReadOnlyList<Recommendation> Items);
