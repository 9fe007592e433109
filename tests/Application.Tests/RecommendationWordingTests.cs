using PartnerCrm.Application.Recommendations;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Tests;

/// <summary>Recommendations read in Danish or English from the same figures: names, industries by their DB07 title, nouns agreeing with counts.</summary>
public class RecommendationWordingTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private const int MinCellSize = 5;

    private static CompanyFacts Company(string name, PartnershipStatus? partnership, long placements12m, int committed = 4, DateOnly? lastPlacement = null) =>
        new(Guid.NewGuid(), name, "81", partnership, new DateOnly(2025, 1, 1), committed, placements12m, lastPlacement ?? Today.AddDays(-10), null, 0, 0, 0, 0, 0, 0);

    private static Recommendation One(IRecommendationRule rule, RecommendationFacts facts) =>
        Assert.Single(rule.Evaluate(facts, new RecommendationSettings(), MinCellSize));

    private static (string Title, string Reason) Da(Recommendation r) => (RecommendationWording.Title(r, RecommendationWording.Danish), RecommendationWording.Reason(r, RecommendationWording.Danish));

    private static (string Title, string Reason) En(Recommendation r) => (RecommendationWording.Title(r, RecommendationWording.English), RecommendationWording.Reason(r, RecommendationWording.English));

    [Fact]
    public void Formalize_reads_in_danish_and_english_with_a_hidden_count_as_fewer_than()
    {
        var item = One(new FormalizeRule(), new RecommendationFacts(Today, [Company("Gentofte Bageri", null, 3)], []));
        Assert.Equal(("Tilbyd Gentofte Bageri et partnerskab", "Gentofte Bageri har haft færre end 5 forløb de seneste 12 måneder uden en partnerskabsaftale."), Da(item));
        Assert.Equal(("Offer Gentofte Bageri a partnership", "Gentofte Bageri had fewer than 5 placements in the last 12 months without a partnership agreement."), En(item));
    }

    [Theory]
    [InlineData(1, "1 aktiv partner", "1 active partner")]
    [InlineData(0, "0 aktive partnere", "0 active partners")]
    [InlineData(2, "2 aktive partnere", "2 active partners")]
    public void A_recruit_industry_recommendation_names_the_industry_in_the_language_and_agrees_with_the_number_of_partners(long partners, string danish, string english)
    {
        var item = One(new RecruitIndustryRule(), new RecommendationFacts(Today, [], [new IndustryFacts("81", null, 10, 9, partners)]));
        var (daTitle, daReason) = Da(item);
        var (enTitle, enReason) = En(item);
        Assert.Equal("Find partnere i branchen Serviceydelser i forbindelse med ejendomme samt landskabspleje", daTitle);
        Assert.Equal($"90 % af de personer i branchen Serviceydelser i forbindelse med ejendomme samt landskabspleje, der blev fulgt op efter 6 måneder, arbejder stadig i samme virksomhed, men branchen har {danish}.", daReason);
        Assert.Equal("Recruit partners in Services to buildings and landscape activities", enTitle);
        Assert.EndsWith($"but the industry has {english}.", enReason);
        Assert.StartsWith("90% of the people", enReason);
    }

    [Fact]
    public void Days_and_places_read_with_their_nouns_and_the_kind_has_a_name_in_each_language()
    {
        var quiet = One(new ReactivateRule(), new RecommendationFacts(Today, [Company("Hellerup Rengoering", PartnershipStatus.Active, 9, lastPlacement: Today.AddDays(-95))], []));
        Assert.Contains("i 95 dage", Da(quiet).Reason);
        Assert.Contains("for 95 days", En(quiet).Reason);
        Assert.Equal(("Genoptag kontakten", "Renew contact"),
            (RecommendationWording.KindName(quiet.Kind, RecommendationWording.Danish), RecommendationWording.KindName(quiet.Kind, RecommendationWording.English)));

        var underused = One(new UnderusedRule(), new RecommendationFacts(Today, [Company("Skovshoved Hotel", PartnershipStatus.Active, 0, committed: 1)], []));
        Assert.Equal("Skovshoved Hotel har lovet 1 plads om året, og 0 blev brugt de seneste 12 måneder.", Da(underused).Reason);
        Assert.Equal("Skovshoved Hotel committed 1 place a year and 0 were used in the last 12 months.", En(underused).Reason);
    }

    [Fact]
    public void The_api_item_keeps_its_fields_in_the_language_asked_for()
    {
        var item = One(new FormalizeRule(), new RecommendationFacts(Today, [Company("Gentofte Bageri", null, 7)], []));
        var english = RecommendationWording.Item(item, RecommendationWording.CultureOf(null));
        var danish = RecommendationWording.Item(item, RecommendationWording.CultureOf("da"));
        Assert.Equal("Offer Gentofte Bageri a partnership", english.Title);
        Assert.Equal("Gentofte Bageri har haft 7 forløb de seneste 12 måneder uden en partnerskabsaftale.", danish.Reason);
        Assert.Equal(7L, danish.Evidence["placementsLast12Months"]);
    }
}
