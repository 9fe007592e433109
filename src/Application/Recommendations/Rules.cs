using System.Globalization;
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

/// <summary>Writes counts of persons as disclosure control allows: "fewer than 5" below the threshold.</summary>
internal static class Figures
{
    public static object? Persons(long count, int minCellSize) => count is >= 1 && count < minCellSize ? null : count;

    public static string PersonsText(long count, int minCellSize) =>
        count is >= 1 && count < minCellSize ? $"fewer than {minCellSize}" : count.ToString(CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "");

    public static int Score(double strength) => (int)Math.Round(100 * Math.Clamp(strength, 0, 1));
}

/// <summary>
/// <c>expand</c>: an active partner whose people stay (6-month retention at least 70 %) and whose
/// internships lead to work (conversion at least 50 %, when it has any): ask for more places.
/// Strength: retention × conversion (retention alone without internships).
/// </summary>
public sealed class ExpandRule : IRecommendationRule
{
    public IEnumerable<Recommendation> Evaluate(RecommendationFacts facts, RecommendationSettings settings, int minCellSize) =>
        from company in facts.Companies
        where company.Partnership == PartnershipStatus.Active
              && company.FollowedUp6m >= Math.Max(settings.MinFollowedUp, minCellSize)
              && company.Retention6m >= settings.ExpandMinRetention
              && (company.Conversion is null || company.InternshipsEnded < minCellSize || company.Conversion >= settings.ExpandMinConversion)
        let conversion = company.InternshipsEnded >= minCellSize ? company.Conversion : null
        select new Recommendation(
            RecommendationKind.Expand, company.CompanyId, company.Industry,
            Figures.Score(company.Retention6m!.Value * (conversion ?? 1)),
            $"Ask {company.Name} for more places",
            $"{Figures.Percent(company.Retention6m!.Value)} of the people followed up after 6 months still work at {company.Name}" +
            (conversion is { } c ? $", and {Figures.Percent(c)} of its internships led to paid work." : "."),
            new Dictionary<string, object?>
            {
                ["followedUp6m"] = company.FollowedUp6m,
                ["retention6m"] = Math.Round(company.Retention6m!.Value, 3),
                ["conversionRate"] = conversion is { } rate ? Math.Round(rate, 3) : null,
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
            Figures.Score((double)company.PlacementsLast12Months / (2 * settings.FormalizeMinPlacements)),
            $"Offer {company.Name} a partnership",
            $"{company.Name} took {Figures.PersonsText(company.PlacementsLast12Months, minCellSize)} people in the last 12 months without a partnership agreement.",
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
            $"Get in touch with {company.Name} again",
            $"Nothing has happened in the partnership with {company.Name} for {quietDays} days: no placement and no recorded activity.",
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
        let use = (double)company.PlacementsLast12Months / company.CommittedSlotsPerYear
        where use < settings.UnderusedMaxUse
        select new Recommendation(
            RecommendationKind.Underused, company.CompanyId, company.Industry,
            Figures.Score(1 - use),
            $"Fill the places {company.Name} has committed",
            $"{company.Name} committed {company.CommittedSlotsPerYear} places a year and {Figures.PersonsText(company.PlacementsLast12Months, minCellSize)} were used in the last 12 months.",
            new Dictionary<string, object?>
            {
                ["committedSlotsPerYear"] = company.CommittedSlotsPerYear,
                ["placementsLast12Months"] = Figures.Persons(company.PlacementsLast12Months, minCellSize),
            });
}

/// <summary>
/// <c>recruitIndustry</c>: an industry where people stay (6-month retention at least 70 %) but with at most
/// 2 active partners: recruit partners there. Strength: retention × (1 − partners ÷ (the maximum + 1)).
/// </summary>
public sealed class RecruitIndustryRule : IRecommendationRule
{
    public IEnumerable<Recommendation> Evaluate(RecommendationFacts facts, RecommendationSettings settings, int minCellSize) =>
        from industry in facts.Industries
        where industry.FollowedUp6m >= Math.Max(settings.MinFollowedUp, minCellSize)
              && industry.Retention6m >= settings.RecruitMinRetention
              && industry.ActivePartners <= settings.RecruitMaxPartners
        select new Recommendation(
            RecommendationKind.RecruitIndustry, null, industry.Industry,
            Figures.Score(industry.Retention6m!.Value * (1 - (double)industry.ActivePartners / (settings.RecruitMaxPartners + 1))),
            $"Recruit partners in {industry.Name ?? industry.Industry}",
            $"{Figures.Percent(industry.Retention6m!.Value)} of the people followed up after 6 months in {industry.Name ?? industry.Industry} still work at the same company, but the industry has {industry.ActivePartners} active partners.",
            new Dictionary<string, object?>
            {
                ["followedUp6m"] = industry.FollowedUp6m,
                ["retention6m"] = Math.Round(industry.Retention6m!.Value, 3),
                ["activePartners"] = industry.ActivePartners,
            });
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
            Figures.Score(Math.Max(lowRetention ? 1 - company.Retention6m!.Value : 0, earlyEndings ? company.EarlyEndings!.Value : 0)),
            $"Review the partnership with {company.Name}",
            lowRetention
                ? $"Only {Figures.Percent(company.Retention6m!.Value)} of the people followed up after 6 months still work at {company.Name}."
                : $"{Figures.Percent(company.EarlyEndings!.Value)} of the placements at {company.Name} that ended, ended early.",
            new Dictionary<string, object?>
            {
                ["followedUp6m"] = Figures.Persons(company.FollowedUp6m, minCellSize),
                ["retention6m"] = company.FollowedUp6m >= minCellSize && company.Retention6m is { } r ? Math.Round(r, 3) : null,
                ["placementsEnded"] = Figures.Persons(company.PlacementsEnded, minCellSize),
                ["earlyEndingShare"] = company.PlacementsEnded >= minCellSize && company.EarlyEndings is { } e ? Math.Round(e, 3) : null,
            });
}
