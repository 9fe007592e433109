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
    private static readonly ConcurrentDictionary<string, IReadOnlyList<Country>> ByLanguage = new();

    /// <summary>Every country, sorted by its name in the page's language.</summary>
    public static IReadOnlyList<Country> All =>
        ByLanguage.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => Named(CultureInfo.CurrentCulture));

    /// <summary>The country's name in the page's language, or the code itself when the platform does not know it.</summary>
    public static string NameOf(string code) => All.FirstOrDefault(c => c.Code == code)?.Name ?? code;

    /// <summary>The choices of a select, by name; a stored code the platform does not know stays choosable.</summary>
    public static IEnumerable<Country> Options(string? current)
    {
        var options = All.ToList();
        if (!string.IsNullOrEmpty(current) && options.All(o => o.Code != current)) options.Insert(0, new Country(current, current, null));
        return options;
    }

    /// <summary>
    /// A culture's display name is "language (country)" in the UI language, e.g. "arabisk (Syrien)"; the country is
    /// what stands in the brackets. Cultures named language-COUNTRY only, so no script sneaks into the brackets.
    /// </summary>
    private static IReadOnlyList<Country> Named(CultureInfo sortBy)
    {
        var comparer = StringComparer.Create(sortBy, ignoreCase: true);
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        return CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(culture => (Parts: culture.Name.Split('-'), culture.DisplayName, culture.EnglishName))
            .Where(c => c.Parts.Length == 2 && c.Parts[1].Length == 2 && c.Parts[1].All(char.IsAsciiLetterUpper))
            .Select(c => (Code: c.Parts[1], Name: CountryPart(c.DisplayName), English: CountryPart(c.EnglishName)))
            .Where(c => c.Name.Length > 0)
            .DistinctBy(c => c.Code)
            // A name the page's language took over from English unchanged (Isle of Man, New Zealand) is marked as English,
            // so a screen reader says it the English way.
            .Select(c => new Country(c.Code, c.Name, !english && c.Name == c.English && c.Name.Contains(' ') ? "en" : null))
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

/// <summary>A country: its ISO code, its name in the page's language, and the language of that name when it is another.</summary>
public sealed record Country(string Code, string Name, string? Language);
