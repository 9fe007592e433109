namespace PartnerCrm.Application.Statistics;

/// <summary>What placement figures can be grouped by (up to two at a time).</summary>
public static class Dimensions
{
    public const string Type = "type";
    public const string Industry = "industry";
    public const string Company = "company";
    public const string Year = "year";
    public const string Quarter = "quarter";
    /// <summary>A half-year of the start date, e.g. <c>2026-H1</c> (January–June).</summary>
    public const string HalfYear = "halfYear";
    public const string Month = "month";
    public const string CountryOfOrigin = "countryOfOrigin";
    public const string Gender = "gender";
    public const string AgeBand = "ageBand";
    public const string DanishTrack = "danishTrack";
    public const string ResidenceBasis = "residenceBasis";

    public static readonly IReadOnlyList<string> All =
        [Type, Industry, Company, Year, Quarter, Month, CountryOfOrigin, Gender, AgeBand, DanishTrack, ResidenceBasis, HalfYear];

    /// <summary>The dimensions of a <c>groupBy</c> value such as <c>type,quarter</c>; empty for none.</summary>
    public static IReadOnlyList<string> Parse(string? groupBy) =>
        string.IsNullOrWhiteSpace(groupBy) ? [] : groupBy.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static bool AreValid(string? groupBy)
    {
        var dimensions = Parse(groupBy);
        return dimensions.Count <= 2 && dimensions.Distinct().Count() == dimensions.Count && dimensions.All(All.Contains);
    }
}
