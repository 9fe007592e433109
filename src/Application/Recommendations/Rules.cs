using PartnerCrm.Application.Statistics;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Recommendations;

/// <summary>
/// A recommendation rule: it reads the facts and says which companies or industries it fires for.
/// Each rule scores its items as 100 × a strength from 0 to 1 that its documentation defines, so scores
/// compare across kinds.
/// </summary>
public interface IRecommendationRule
{
    IEnumerable<Recommendation> Evaluate(RecommendationFacts facts, RecommendationSettings settings, int minCellSize);
}

/// <summary>
/// Writes counts of persons as disclosure control allows: "fewer than 5" below the threshold. A hidden
/// count also enters scores and shares as the top of its range (threshold − 1), so neither gives it back.
/// </summary>
internal static class Figures
{
    public static long Coarse(long count, int minCellSize) => Disclosure.MustHide(count, minCellSize) ? minCellSize - 1 : count;

    /// <summary>A share of persons as a sentence names it: the share, or "fewer than 5 of 10" when its numerator is hidden.</summary>
    public static ShareAmount Share(long part, long whole, int minCellSize) =>
        new(Disclosure.MustHide(part, minCellSize) || whole == 0 ? null : (double)part / whole, minCellSize, whole);

    /// <summary>A share as evidence: null when its numerator is hidden.</summary>
    public static double? ShareEvidence(long part, long whole, int minCellSize) =>
        Disclosure.MustHide(part, minCellSize) || whole == 0 ? null : Math.Round((double)part / whole, 3);

    public static object? Persons(long count, int minCellSize) => Disclosure.MustHide(count, minCellSize) ? null : count;

    /// <summary>A count of persons as a sentence names it: the count, or "fewer than 5" when it is hidden.</summary>
    public static CountAmount Count(long count, int minCellSize, string? noun = null) =>
        new(Disclosure.MustHide(count, minCellSize) ? null : count, minCellSize, noun);

    public static int Score(double strength) => (int)Math.Round(100 * Math.Clamp(strength, 0, 1));
}

/// <summary>
/// <c>expand</c>: an active partner whose people stay (6-month retention at least 70 %) and whose
/// internships lead to work (conversion at least 50 %, once at least 5 internships have ended): ask for
/// more places. Strength: retention × conversion (retention alone with fewer ended internships).
/// </summary>
public sealed class ExpandRule : IRecommendationRule
{
    public IEnumerable<Recommendation> Evaluate(RecommendationFacts facts, RecommendationSettings settings, int minCellSize) =>
        from company in facts.Companies
        where company.Partnership == PartnershipStatus.Active
              && company.FollowedUp6m >= Math.Max(settings.MinFollowedUp, minCellSize)
              && company.Retention6m >= settings.ExpandMinRetention
              && (company.Conversion is null || company.InternshipsEnded < minCellSize || company.Conversion >= settings.ExpandMinConversion)
        let converted = company.InternshipsEnded >= minCellSize ? (long?)Figures.Coarse(company.InternshipsConverted, minCellSize) : null
        let conversion = converted is { } n ? (double)n / company.InternshipsEnded : (double?)null
        select new Recommendation(
            RecommendationKind.Expand, company.CompanyId, company.Industry,
            Figures.Score((double)Figures.Coarse(company.EmployedSameCompany6m, minCellSize) / company.FollowedUp6m * (conversion ?? 1)),
            company.Name,
            converted is not null ? "expandConverted" : "expand",
            converted is not null
                ? [Figures.Share(company.EmployedSameCompany6m, company.FollowedUp6m, minCellSize), Figures.Share(company.InternshipsConverted, company.InternshipsEnded, minCellSize)]
                : [Figures.Share(company.EmployedSameCompany6m, company.FollowedUp6m, minCellSize)],
            new Dictionary<string, object?>
            {
                ["followedUp6m"] = company.FollowedUp6m,
                ["retention6m"] = Figures.ShareEvidence(company.EmployedSameCompany6m, company.FollowedUp6m, minCellSize),
                ["conversionRate"] = converted is null ? null : Figures.ShareEvidence(company.InternshipsConverted, company.InternshipsEnded, minCellSize),
                ["committedSlotsPerYear"] = company.CommittedSlotsPerYear,
            });
}

/// <summary>
/// <c>formalize</c>: a company that took at least 3 people in the last 12 months but has no partnership
/// that is not ended. Strength: placements ÷ (2 × the threshold), at most 1.
/// </summary>
public sealed class FormalizeRule : IRecommendationRule
{
    public IEnumerable<Recommendation> Evaluate(RecommendationFacts facts, RecommendationSettings settings, int minCellSize) =>
        from company in facts.Companies
        where company.Partnership is null && company.PlacementsLast12Months >= settings.FormalizeMinPlacements
        select new Recommendation(
            RecommendationKind.Formalize, company.CompanyId, company.Industry,
            Figures.Score((double)Figures.Coarse(company.PlacementsLast12Months, minCellSize) / (2 * settings.FormalizeMinPlacements)),
            company.Name,
            "formalize",
            [Figures.Count(company.PlacementsLast12Months, minCellSize, "placements")],
            new Dictionary<string, object?> { ["placementsLast12Months"] = Figures.Persons(company.PlacementsLast12Months, minCellSize) });
}

/// <summary>
/// <c>reactivate</c>: an active partnership with no placement and no activity for 90 days (counted from
/// the partnership's start when nothing has happened yet). Strength: days ÷ (2 × the threshold), at most 1.
/// </summary>
public sealed class ReactivateRule : IRecommendationRule
{
    public IEnumerable<Recommendation> Evaluate(RecommendationFacts facts, RecommendationSettings settings, int minCellSize) =>
        from company in facts.Companies
        where company.Partnership == PartnershipStatus.Active
        let lastSign = new[] { company.LastPlacementStart, company.LastActivity, company.PartnershipStart }.Max()
        where lastSign is not null
        let quietDays = facts.Today.DayNumber - lastSign!.Value.DayNumber
        where quietDays >= settings.ReactivateAfterDays
        select new Recommendation(
            RecommendationKind.Reactivate, company.CompanyId, company.Industry,
            Figures.Score((double)quietDays / (2 * settings.ReactivateAfterDays)),
            company.Name,
            "reactivate",
            [new CountAmount(quietDays, 0, "days")],
            new Dictionary<string, object?>
            {
                ["daysWithoutPlacementOrActivity"] = quietDays,
                ["lastPlacementStart"] = company.LastPlacementStart,
                ["lastActivity"] = company.LastActivity,
            });
}

/// <summary>
/// <c>underused</c>: an active partnership that used less than half of its committed places in the last
/// 12 months. Strength: 1 − used ÷ committed.
/// </summary>
public sealed class UnderusedRule : IRecommendationRule
{
    public IEnumerable<Recommendation> Evaluate(RecommendationFacts facts, RecommendationSettings settings, int minCellSize) =>
        from company in facts.Companies
        where company.Partnership == PartnershipStatus.Active && company.CommittedSlotsPerYear > 0
        where (double)company.PlacementsLast12Months / company.CommittedSlotsPerYear < settings.UnderusedMaxUse
        select new Recommendation(
            RecommendationKind.Underused, company.CompanyId, company.Industry,
            Figures.Score(1 - (double)Figures.Coarse(company.PlacementsLast12Months, minCellSize) / company.CommittedSlotsPerYear),
            company.Name,
            "underused",
            [new CountAmount(company.CommittedSlotsPerYear, 0, "places"), Figures.Count(company.PlacementsLast12Months, minCellSize)],
            new Dictionary<string, object?>
            {
                ["committedSlotsPerYear"] = company.CommittedSlotsPerYear,
                ["placementsLast12Months"] = Figures.Persons(company.PlacementsLast12Months, minCellSize),
            });
}

/// <summary>
/// <c>recruitIndustry</c>: an industry where people stay (6-month retention at least 70 %) but with at most
/// 2 active partners: recruit partners there. Strength: retention × (1 − partners ÷ (the maximum + 1)).
/// It names the industry's companies to approach first: in the register, still trading, without a partnership
/// that is not ended, the largest (most employees) first, then by name; at most <see cref="CompaniesToApproach"/>.
/// </summary>
public sealed class RecruitIndustryRule : IRecommendationRule
{
    /// <summary>How many companies a recommendation names: enough for a consultant's next weeks, few enough to read.</summary>
    public const int CompaniesToApproach = 10;

    public IEnumerable<Recommendation> Evaluate(RecommendationFacts facts, RecommendationSettings settings, int minCellSize) =>
        from industry in facts.Industries
        where industry.FollowedUp6m >= Math.Max(settings.MinFollowedUp, minCellSize)
              && industry.Retention6m >= settings.RecruitMinRetention
              && industry.ActivePartners <= settings.RecruitMaxPartners
        select new Recommendation(
            RecommendationKind.RecruitIndustry, null, industry.Industry,
            Figures.Score((double)Figures.Coarse(industry.EmployedSameCompany6m, minCellSize) / industry.FollowedUp6m
                          * (1 - (double)industry.ActivePartners / (settings.RecruitMaxPartners + 1))),
            null,
            "recruitIndustry",
            [Figures.Share(industry.EmployedSameCompany6m, industry.FollowedUp6m, minCellSize), new CountAmount(industry.ActivePartners, 0, "activePartners")],
            new Dictionary<string, object?>
            {
                ["followedUp6m"] = industry.FollowedUp6m,
                ["retention6m"] = Figures.ShareEvidence(industry.EmployedSameCompany6m, industry.FollowedUp6m, minCellSize),
                ["activePartners"] = industry.ActivePartners,
            },
            (industry.CompaniesToApproach ?? []).Take(CompaniesToApproach).ToList());
}

/// <summary>
/// <c>review</c>: a partner where few stay (6-month retention at most 40 %) or many placements end early
/// (at least 40 % of ended placements ended by the employer or because the person left). Strength: the
/// larger of 1 − retention and the early-ending share.
/// </summary>
public sealed class ReviewRule : IRecommendationRule
{
    public IEnumerable<Recommendation> Evaluate(RecommendationFacts facts, RecommendationSettings settings, int minCellSize) =>
        from company in facts.Companies
        where company.Partnership is PartnershipStatus.Active or PartnershipStatus.Paused
        let lowRetention = company.FollowedUp6m >= Math.Max(settings.MinFollowedUp, minCellSize) && company.Retention6m <= settings.ReviewMaxRetention
        let earlyEndings = company.PlacementsEnded >= Math.Max(settings.ReviewMinEndedPlacements, minCellSize) && company.EarlyEndings >= settings.ReviewMinEarlyEndings
        where lowRetention || earlyEndings
        select new Recommendation(
            RecommendationKind.Review, company.CompanyId, company.Industry,
            Figures.Score(Math.Max(
                lowRetention ? 1 - (double)Figures.Coarse(company.EmployedSameCompany6m, minCellSize) / company.FollowedUp6m : 0,
                earlyEndings ? (double)Figures.Coarse(company.PlacementsEndedEarly, minCellSize) / company.PlacementsEnded : 0)),
            company.Name,
            lowRetention ? "reviewRetention" : "reviewEarlyEndings",
            [lowRetention
                ? Figures.Share(company.EmployedSameCompany6m, company.FollowedUp6m, minCellSize)
                : Figures.Share(company.PlacementsEndedEarly, company.PlacementsEnded, minCellSize)],
            new Dictionary<string, object?>
            {
                ["followedUp6m"] = Figures.Persons(company.FollowedUp6m, minCellSize),
                ["retention6m"] = company.FollowedUp6m >= minCellSize ? Figures.ShareEvidence(company.EmployedSameCompany6m, company.FollowedUp6m, minCellSize) : null,
                ["placementsEnded"] = Figures.Persons(company.PlacementsEnded, minCellSize),
                ["earlyEndingShare"] = company.PlacementsEnded >= minCellSize ? Figures.ShareEvidence(company.PlacementsEndedEarly, company.PlacementsEnded, minCellSize) : null,
            });
}
