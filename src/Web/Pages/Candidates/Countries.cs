using System.Collections.Concurrent;
using System.Globalization;

namespace PartnerCrm.Web.Pages.Candidates;

/// <summary>
/// The countries a person can come from, by ISO 3166-1 alpha-2 code (what PartnerCrm stores), named in the
/// page's language from the platform's locale data (ICU, which the Danish dates need as well), so no list
/// of country names is kept by hand.
/// </summary>
public static class Countries
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<(string Code, string Name)>> ByLanguage = new();

    /// <summary>Every country, sorted by its name in the page's language.</summary>
    public static IReadOnlyList<(string Code, string Name)> All =>
        ByLanguage.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => Named(CultureInfo.CurrentCulture));

    /// <summary>The country's name in the page's language, or the code itself when the platform does not know it.</summary>
    public static string NameOf(string code) => All.FirstOrDefault(c => c.Code == code).Name ?? code;

    /// <summary>The choices of a select: "Syrien (SY)"; a stored code the platform does not know stays choosable.</summary>
    public static IEnumerable<(string Value, string Text)> Options(string? current)
    {
        var options = All.Select(c => (c.Code, $"{c.Name} ({c.Code})")).ToList();
        if (!string.IsNullOrEmpty(current) && options.All(o => o.Code != current)) options.Insert(0, (current, current));
        return options;
    }

    /// <summary>
    /// A culture's display name is "language (country)" in the UI language, e.g. "arabisk (Syrien)"; the country is
    /// what stands in the brackets. Cultures named language-COUNTRY only, so no script sneaks into the brackets.
    /// </summary>
    private static IReadOnlyList<(string Code, string Name)> Named(CultureInfo sortBy)
    {
        var comparer = StringComparer.Create(sortBy, ignoreCase: true);
        return CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(culture => (Parts: culture.Name.Split('-'), culture.DisplayName))
            .Where(c => c.Parts.Length == 2 && c.Parts[1].Length == 2 && c.Parts[1].All(char.IsAsciiLetterUpper))
            .Select(c => (Code: c.Parts[1], Name: CountryPart(c.DisplayName)))
            .Where(c => c.Name.Length > 0)
            .DistinctBy(c => c.Code)
            .OrderBy(c => c.Name, comparer)
            .ToList();
    }

    private static string CountryPart(string displayName)
    {
        var open = displayName.IndexOf('(');
        var close = displayName.LastIndexOf(')');
        return open >= 0 && close > open ? displayName[(open + 1)..close].Trim() : "";
    }
}
