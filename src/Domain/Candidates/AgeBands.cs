namespace PartnerCrm.Domain.Candidates;

/// <summary>
/// Age in the bands the statistics publish (under 18, 18–24, 25–29, 30–39, 40–49, 50+), by year of birth:
/// a birth date is never kept, so a person's age in a year is that year minus the birth year.
/// </summary>
public static class AgeBands
{
    public static readonly IReadOnlyList<string> All = ["under18", "18-24", "25-29", "30-39", "40-49", "50+"];

    public static string Of(int birthYear, int year) => (year - birthYear) switch
    {
        < 18 => "under18",
        <= 24 => "18-24",
        <= 29 => "25-29",
        <= 39 => "30-39",
        <= 49 => "40-49",
        _ => "50+",
    };
}
