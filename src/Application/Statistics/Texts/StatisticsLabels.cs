using System.Globalization;
using System.Resources;
using PartnerCrm.Application.Statistics.Files;

namespace PartnerCrm.Application.Statistics.Texts;

/// <summary>
/// The words people read in a statistics table, in Danish or English (resource file <c>StatisticsTexts</c>):
/// column titles, the values of each dimension (schemes, genders, quarters as "1. kvartal 2026", industries
/// by their DB07 title) and "I alt". Programs read the API's own names; people read these.
/// </summary>
public static class StatisticsLabels
{
    private static readonly ResourceManager Texts = new("PartnerCrm.Application.Statistics.Texts.StatisticsTexts", typeof(StatisticsLabels).Assembly);

    /// <summary>A column's title, e.g. <c>retentionRate</c> → "Fastholdelse".</summary>
    public static string Column(string column, CultureInfo culture) => Texts.GetString($"Column.{column}", culture) ?? column;

    public static string Total(CultureInfo culture) => Texts.GetString("Total", culture)!;

    /// <summary>The titles of a table's columns, in the order of <see cref="TableLines.Columns"/>.</summary>
    public static IReadOnlyList<string> Header(StatisticsTable table, CultureInfo culture) =>
        table.Columns().Select(column => Column(column, culture)).ToList();

    /// <summary>
    /// A line's group values as words: each value translated, an industry name by its code's title in the
    /// language, "I alt" in the first column a margin or total line sums over, nothing in the others.
    /// </summary>
    public static IReadOnlyList<string> Group(IReadOnlyList<string> columns, TableLine line, CultureInfo culture)
    {
        var totalAt = line.Kind == TableLineKind.Cell ? -1 : line.Group.ToList().IndexOf(null);
        return line.Group.Select((value, i) =>
            value is not null ? Value(columns[i], value, columns[i] == Dimensions.Industry + "Name" && i > 0 ? line.Group[i - 1] : null, culture)
            : i == totalAt ? Total(culture)
            : "").ToList();
    }

    /// <summary>A dimension's value as words; <paramref name="industryCode"/> names an industry in the <c>industryName</c> column.</summary>
    public static string Value(string column, string value, string? industryCode, CultureInfo culture) => column switch
    {
        "industryName" => Industries.NameOf(industryCode, culture) ?? value,
        Dimensions.Quarter when TryQuarter(value, out var year, out var quarter) =>
            culture.TwoLetterISOLanguageName == "da" ? $"{quarter}. kvartal {year}" : $"Q{quarter} {year}",
        Dimensions.Month when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) =>
            month.ToString("MMMM yyyy", culture),
        Dimensions.CountryOfOrigin => CountryName(value, culture),
        "outcome3m" or "outcome6m" or "outcome12m" => Texts.GetString($"Value.outcome.{value}", culture) ?? value,
        _ => Texts.GetString($"Value.{column}.{value}", culture) ?? (value == "unknown" ? Texts.GetString("Unknown", culture)! : value),
    };

    /// <summary>
    /// A file's name in the language, from the API's name of its figures: <c>placements</c> → "forloeb",
    /// <c>retention-6m</c> → "fastholdelse-6m". Without a language, the API's name.
    /// </summary>
    public static string FileName(string figures, CultureInfo? culture) => Words("File", figures, culture);

    /// <summary>The name of a file's sheet in the language: <c>retention-6m</c> → "Fastholdelse 6m".</summary>
    public static string Sheet(string figures, CultureInfo? culture) => culture is null ? figures : Words("Sheet", figures, culture).Replace('-', ' ');

    /// <summary>A headline figure's name, e.g. <c>activePartnerships</c> → "Aktive partnerskaber".</summary>
    public static string Figure(string figure, CultureInfo culture) => Texts.GetString($"Figure.{figure}", culture) ?? figure;

    private static string Words(string kind, string figures, CultureInfo? culture)
    {
        if (culture is null) return figures;
        var dash = figures.IndexOf('-');
        var (stem, rest) = dash < 0 ? (figures, "") : (figures[..dash], figures[dash..]);
        return (Texts.GetString($"{kind}.{stem}", culture) ?? stem) + rest;
    }

    private static bool TryQuarter(string value, out int year, out int quarter)
    {
        (year, quarter) = (0, 0);
        var parts = value.Split("-Q");
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out year) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out quarter);
    }

    /// <summary>A country by its ISO code, named in the language (.NET's own region names); the code when unknown.</summary>
    private static string CountryName(string code, CultureInfo culture)
    {
        try
        {
            var region = new RegionInfo(code);
            return culture.TwoLetterISOLanguageName == "da" ? DanishCountries.GetValueOrDefault(region.TwoLetterISORegionName, region.EnglishName) : region.EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    /// <summary>
    /// Danish names of the countries the municipality receives people from most often; .NET names regions
    /// only in English and in its own culture, so other countries show in English.
    /// </summary>
    private static readonly Dictionary<string, string> DanishCountries = new()
    {
        ["SY"] = "Syrien", ["UA"] = "Ukraine", ["ER"] = "Eritrea", ["AF"] = "Afghanistan", ["IR"] = "Iran", ["IQ"] = "Irak",
        ["SO"] = "Somalia", ["TR"] = "Tyrkiet", ["RU"] = "Rusland", ["ET"] = "Etiopien", ["SD"] = "Sudan", ["MA"] = "Marokko",
        ["PS"] = "Palæstina", ["LB"] = "Libanon", ["PK"] = "Pakistan", ["CN"] = "Kina", ["IN"] = "Indien", ["PH"] = "Filippinerne",
        ["TH"] = "Thailand", ["VN"] = "Vietnam", ["BY"] = "Hviderusland", ["GE"] = "Georgien", ["CD"] = "Den Demokratiske Republik Congo",
        ["UG"] = "Uganda", ["KE"] = "Kenya", ["NG"] = "Nigeria", ["YE"] = "Yemen", ["LY"] = "Libyen", ["EG"] = "Egypten", ["JO"] = "Jordan",
    };
}
