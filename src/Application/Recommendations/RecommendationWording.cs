using System.Globalization;
using System.Resources;
using PartnerCrm.Application.Statistics;

namespace PartnerCrm.Application.Recommendations;

/// <summary>
/// A recommendation's title and reason in Danish or English (resource file <c>RecommendationTexts</c>): the
/// sentence of its kind with the company's name (or the industry's DB07 title in the language) and its
/// figures, each noun agreeing with its count ("1 aktiv partner", "3 aktive partnere").
/// </summary>
public static class RecommendationWording
{
    private static readonly ResourceManager Texts = new("PartnerCrm.Application.Recommendations.Texts.RecommendationTexts", typeof(RecommendationWording).Assembly);

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>The culture of a <c>lang</c> value: <c>da</c> is Danish, anything else English.</summary>
    public static CultureInfo CultureOf(string? lang) => lang == "da" ? Danish : English;

    public static string KindName(RecommendationKind kind, CultureInfo culture) => Text($"Kind.{Common.EnumNaming.NameOf(kind)}", culture);

    /// <summary>What the recommendation is about: the company's name, or the industry's title in the language.</summary>
    public static string Subject(Recommendation recommendation, CultureInfo culture) =>
        recommendation.CompanyName ?? Industries.NameOf(recommendation.Industry, culture) ?? recommendation.Industry ?? "";

    public static string Title(Recommendation recommendation, CultureInfo culture) =>
        string.Format(culture, Text($"Title.{Common.EnumNaming.NameOf(recommendation.Kind)}", culture), Subject(recommendation, culture));

    public static string Reason(Recommendation recommendation, CultureInfo culture) =>
        string.Format(culture, Text($"Reason.{recommendation.Wording}", culture),
            [Subject(recommendation, culture), .. recommendation.Amounts.Select(amount => Words(amount, culture))]);

    public static RecommendationItem Item(Recommendation recommendation, CultureInfo culture) =>
        new(recommendation.Kind, recommendation.CompanyId, recommendation.Industry, recommendation.Score,
            Title(recommendation, culture), Reason(recommendation, culture), recommendation.Evidence, recommendation.CompaniesToApproach);

    /// <summary>A figure as words: "80 %", "færre end 5 ud af 10", "95 dage", "færre end 5 forløb".</summary>
    public static string Words(Amount amount, CultureInfo culture) => amount switch
    {
        ShareAmount { Share: { } share } => share.ToString("P0", culture),
        ShareAmount hidden => string.Format(culture, Text("Share.Hidden", culture), hidden.HiddenBelow, hidden.Whole),
        CountAmount count => Counted(count, culture),
        _ => throw new ArgumentOutOfRangeException(nameof(amount)),
    };

    private static string Counted(CountAmount count, CultureInfo culture)
    {
        var number = count.Count is { } n ? n.ToString("N0", culture) : string.Format(culture, Text("Count.Hidden", culture), count.HiddenBelow);
        if (count.Noun is null) return number;
        var noun = Text($"Noun.{count.Noun}.{(count.Count == 1 ? "One" : "Other")}", culture);
        return $"{number} {noun}";
    }

    private static string Text(string key, CultureInfo culture) =>
        Texts.GetString(key, culture) ?? throw new InvalidOperationException($"The recommendation text {key} is missing.");
}
