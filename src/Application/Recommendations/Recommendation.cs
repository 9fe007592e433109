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
/// A figure a recommendation's sentence names, already under disclosure control: a count of something
/// (with the noun it counts, so the words can agree with it), or a share of persons.
/// </summary>
public abstract record Amount;

/// <summary>A count, or null when it is below <paramref name="HiddenBelow"/> and may not be shown ("fewer than 5").</summary>
/// <param name="Noun">What is counted (<c>placements</c>, <c>days</c>, <c>places</c>, <c>activePartners</c>); null for a bare number.</param>
public sealed record CountAmount(long? Count, int HiddenBelow, string? Noun = null) : Amount;

/// <summary>A share of <paramref name="Whole"/> persons (0–1), or null when its numerator may not be shown ("fewer than 5 of 10").</summary>
public sealed record ShareAmount(double? Share, int HiddenBelow, long Whole) : Amount;

/// <summary>
/// One recommendation for the committee: what to do, about which company or industry, how strongly
/// (<see cref="Score"/> 0–100, comparable across kinds), and the figures behind it. Its title and reason are
/// written in a language by <see cref="RecommendationWording"/> from <see cref="Wording"/> (which sentence)
/// and <see cref="Amounts"/> (the figures it names); <see cref="CompanyName"/> names the company, when it is about one.
/// A <c>recruitIndustry</c> recommendation names the companies to approach first (<see cref="CompaniesToApproach"/>).
/// </summary>
public sealed record Recommendation(
    RecommendationKind Kind,
    Guid? CompanyId,
    string? Industry,
    int Score,
    string? CompanyName,
    string Wording,
    IReadOnlyList<Amount> Amounts,
    IReadOnlyDictionary<string, object?> Evidence,
    IReadOnlyList<CompanyToApproach>? CompaniesToApproach = null);

/// <summary>
/// A recommendation as the API shows it: its title and reason in the language asked for. <see cref="CompaniesToApproach"/>
/// is a list for <c>recruitIndustry</c> (up to 10, largest first) and null for the other kinds.
/// </summary>
public sealed record RecommendationItem(
    RecommendationKind Kind,
    Guid? CompanyId,
    string? Industry,
    int Score,
    string Title,
    string Reason,
    IReadOnlyDictionary<string, object?> Evidence,
    IReadOnlyList<CompanyToApproach>? CompaniesToApproach = null);

public sealed record RecommendationsDto(DateTimeOffset GeneratedAt, IReadOnlyList<RecommendationItem> Items);
