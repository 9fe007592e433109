using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Recommendations;

/// <summary>What the rules know about a company, as of today.</summary>
public sealed record CompanyFacts(
    Guid CompanyId,
    string Name,
    string? Industry,
    PartnershipStatus? Partnership,
    DateOnly? PartnershipStart,
    int CommittedSlotsPerYear,
    long PlacementsLast12Months,
    DateOnly? LastPlacementStart,
    DateOnly? LastActivity,
    long FollowedUp6m,
    long EmployedSameCompany6m,
    long InternshipsEnded,
    long InternshipsConverted,
    long PlacementsEnded,
    long PlacementsEndedEarly)
{
    public double? Retention6m => FollowedUp6m == 0 ? null : (double)EmployedSameCompany6m / FollowedUp6m;
    public double? Conversion => InternshipsEnded == 0 ? null : (double)InternshipsConverted / InternshipsEnded;
    public double? EarlyEndings => PlacementsEnded == 0 ? null : (double)PlacementsEndedEarly / PlacementsEnded;
}

/// <summary>
/// What the rules know about an industry (NACE division), with the companies of it a consultant could approach
/// (<see cref="CompaniesToApproach"/>, largest first; none when the source gathered none).
/// </summary>
public sealed record IndustryFacts(
    string Industry,
    string? Name,
    long FollowedUp6m,
    long EmployedSameCompany6m,
    long ActivePartners,
    IReadOnlyList<CompanyToApproach>? CompaniesToApproach = null)
{
    public double? Retention6m => FollowedUp6m == 0 ? null : (double)EmployedSameCompany6m / FollowedUp6m;
}

/// <summary>
/// A company of an industry worth approaching: in the CVR register, still trading, and without a partnership that
/// is not ended. Its employee count is the CRM's (from the register, unless a consultant has corrected it).
/// </summary>
public sealed record CompanyToApproach(Guid Id, string Cvr, string Name, int? EmployeeCount);

public sealed record RecommendationFacts(DateOnly Today, IReadOnlyList<CompanyFacts> Companies, IReadOnlyList<IndustryFacts> Industries);

/// <summary>Gathers the facts in a few SQL queries.</summary>
public interface IRecommendationFactsSource
{
    Task<RecommendationFacts> GatherAsync(DateOnly today, CancellationToken cancellationToken);
}
