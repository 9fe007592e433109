using PartnerCrm.Application.Recommendations;
using PartnerCrm.Application.Recommendations.GetRecommendations;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Tests;

public class RecommendationRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly RecommendationSettings Settings = new();
    private const int MinCellSize = 5;

    private static CompanyFacts Company(
        string name = "Gentofte Bageri",
        PartnershipStatus? partnership = PartnershipStatus.Active,
        int committed = 4,
        long placements12m = 4,
        DateOnly? lastPlacement = null,
        DateOnly? lastActivity = null,
        long followedUp = 0,
        long sameCompany = 0,
        long internshipsEnded = 0,
        long converted = 0,
        long ended = 0,
        long endedEarly = 0) =>
        new(Guid.NewGuid(), name, "10", partnership, new DateOnly(2025, 1, 1), committed, placements12m,
            lastPlacement ?? Today.AddDays(-10), lastActivity, followedUp, sameCompany, internshipsEnded, converted, ended, endedEarly);

    private static string Reason(Recommendation item) => RecommendationWording.Reason(item, RecommendationWording.English);

    private static List<Recommendation> Run(IRecommendationRule rule, params CompanyFacts[] companies) =>
        rule.Evaluate(new RecommendationFacts(Today, companies, []), Settings, MinCellSize).ToList();

    [Fact]
    public void Expand_fires_for_an_active_partner_whose_people_stay_and_whose_internships_lead_to_work()
    {
        var item = Assert.Single(Run(new ExpandRule(), Company(followedUp: 10, sameCompany: 8, internshipsEnded: 6, converted: 4)));
        Assert.Equal(RecommendationKind.Expand, item.Kind);
        Assert.Equal(53, item.Score); // 0.8 × 0.667
        Assert.Contains("80%", Reason(item));
        Assert.Empty(Run(new ExpandRule(), Company(followedUp: 10, sameCompany: 6)));              // retention 60 %
        Assert.Empty(Run(new ExpandRule(), Company(followedUp: 4, sameCompany: 4)));               // too few followed up
        Assert.Empty(Run(new ExpandRule(), Company(followedUp: 10, sameCompany: 9, internshipsEnded: 6, converted: 2))); // conversion 33 %
        Assert.Empty(Run(new ExpandRule(), Company(partnership: PartnershipStatus.Paused, followedUp: 10, sameCompany: 9)));
    }

    [Fact]
    public void Formalize_fires_for_a_company_with_placements_and_no_partnership()
    {
        var item = Assert.Single(Run(new FormalizeRule(), Company(partnership: null, placements12m: 3)));
        // 3 is hidden: it scores as the top of its range, like 4, so the score does not give it away.
        Assert.Equal(67, item.Score);
        Assert.Equal(67, Assert.Single(Run(new FormalizeRule(), Company(partnership: null, placements12m: 4))).Score);
        Assert.Contains("fewer than 5", Reason(item));
        Assert.Null(item.Evidence["placementsLast12Months"]);
        Assert.Equal(7L, Assert.Single(Run(new FormalizeRule(), Company(partnership: null, placements12m: 7))).Evidence["placementsLast12Months"]);
        Assert.Empty(Run(new FormalizeRule(), Company(partnership: null, placements12m: 2)));
        Assert.Empty(Run(new FormalizeRule(), Company(partnership: PartnershipStatus.Prospect, placements12m: 9)));
    }

    [Fact]
    public void Reactivate_fires_after_90_quiet_days_on_an_active_partnership()
    {
        var item = Assert.Single(Run(new ReactivateRule(), Company(lastPlacement: Today.AddDays(-120), lastActivity: Today.AddDays(-95))));
        Assert.Equal(53, item.Score); // 95 / 180
        Assert.Contains("95 days", Reason(item));
        Assert.Empty(Run(new ReactivateRule(), Company(lastPlacement: Today.AddDays(-120), lastActivity: Today.AddDays(-30))));
        Assert.Empty(Run(new ReactivateRule(), Company(partnership: PartnershipStatus.Paused, lastPlacement: Today.AddDays(-200))));
    }

    [Fact]
    public void Underused_fires_when_less_than_half_the_committed_places_were_used()
    {
        var item = Assert.Single(Run(new UnderusedRule(), Company(committed: 10, placements12m: 2)));
        Assert.Equal(60, item.Score); // the hidden 2 counts as 4
        Assert.Contains("fewer than 5 were used", Reason(item));
        Assert.Contains("committed 10 places", Reason(item));
        Assert.Empty(Run(new UnderusedRule(), Company(committed: 10, placements12m: 5)));
        Assert.Empty(Run(new UnderusedRule(), Company(committed: 0, placements12m: 0)));
    }

    [Fact]
    public void Recruit_industry_fires_for_an_industry_with_good_outcomes_and_few_partners()
    {
        IRecommendationRule rule = new RecruitIndustryRule();
        IndustryFacts Industry(long followedUp, long same, long partners) => new("56", "Food and beverage service activities", followedUp, same, partners);
        List<Recommendation> RunIndustry(IndustryFacts industry) =>
            rule.Evaluate(new RecommendationFacts(Today, [], [industry]), Settings, MinCellSize).ToList();

        var item = Assert.Single(RunIndustry(Industry(10, 9, 1)));
        Assert.Equal(("56", (Guid?)null, 60), (item.Industry, item.CompanyId, item.Score)); // 0.9 × (1 − 1/3)
        Assert.Empty(RunIndustry(Industry(10, 9, 3)));
        Assert.Empty(RunIndustry(Industry(10, 5, 0)));
        Assert.Empty(RunIndustry(Industry(4, 4, 0)));
    }

    [Fact]
    public void Review_fires_for_low_retention_or_many_early_endings()
    {
        var low = Assert.Single(Run(new ReviewRule(), Company(followedUp: 10, sameCompany: 3)));
        Assert.Equal(60, low.Score); // the hidden 3 counts as 4
        Assert.Contains("fewer than 5 of 10", Reason(low));
        Assert.Null(low.Evidence["retention6m"]);
        var early = Assert.Single(Run(new ReviewRule(), Company(ended: 10, endedEarly: 5)));
        Assert.Equal(50, early.Score);
        Assert.Empty(Run(new ReviewRule(), Company(followedUp: 10, sameCompany: 6, ended: 10, endedEarly: 2)));
        Assert.Empty(Run(new ReviewRule(), Company(followedUp: 4, sameCompany: 0)));
        Assert.Empty(Run(new ReviewRule(), Company(partnership: null, followedUp: 10, sameCompany: 1)));
    }

    [Fact]
    public void Recommendations_are_ranked_by_score_across_kinds()
    {
        var facts = new RecommendationFacts(Today,
        [
            Company("Underused A/S", committed: 10, placements12m: 2),
            Company("Quiet ApS", lastPlacement: Today.AddDays(-300)),
            Company("No Deal I/S", partnership: null, placements12m: 3),
        ], []);
        IRecommendationRule[] rules = [new ExpandRule(), new FormalizeRule(), new ReactivateRule(), new UnderusedRule(), new RecruitIndustryRule(), new ReviewRule()];

        var ranked = GetRecommendationsQueryHandler.Rank(rules.SelectMany(r => r.Evaluate(facts, Settings, MinCellSize)));

        Assert.Equal(ranked.Select(r => r.Score).OrderDescending(), ranked.Select(r => r.Score));
        Assert.Equal(RecommendationKind.Reactivate, ranked[0].Kind);
        Assert.All(ranked, r => Assert.InRange(r.Score, 0, 100));
    }
}
