namespace PartnerCrm.Domain.Candidates;

/// <summary>
/// Age in the bands the statistics publish (under 18, 18–24, 25–29, 30–39, 40–49, 50+), by year of birth:
/// a birth date is never kept, so a person's age in a year is that year minus the birth year.
/// </summary>
public static class AgeBands
{
    /// <summary>Each band with the greatest age in it; the last band has none.</summary>
    public static readonly IReadOnlyList<(string Band, int? UpTo)> Bands =
        [("under18", 17), ("18-24", 24), ("25-29", 29), ("30-39", 39), ("40-49", 49), ("50+", null)];

    public static IEnumerable<string> All => Bands.Select(b => b.Band);

    public static string Of(int birthYear, int year) => Bands.First(b => b.UpTo is null || year - birthYear <= b.UpTo).Band;
}
