using System.Globalization;

namespace PartnerCrm.Web.Shared;

/// <summary>Dates and numbers as the page's language writes them: <c>1. december 2026</c>, <c>01-12-2026</c>, <c>18,5</c>.</summary>
public static class Show
{
    private static bool IsDanish => CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "da";

    public static string Date(DateOnly date) => date.ToString(IsDanish ? "d. MMMM yyyy" : "d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Date(DateOnly? date) => date is { } day ? Date(day) : "";

    public static string ShortDate(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment in Danish time (the jobcenter's), as a date and a time of day.</summary>
    public static string Time(DateTimeOffset time)
    {
        var local = Application.Common.DanishTime.LocalTime(time);
        return $"{Date(DateOnly.FromDateTime(local))} {local.ToString("t", CultureInfo.CurrentCulture)}";
    }

    public static string Day(DateTimeOffset time) => Date(DateOnly.FromDateTime(Application.Common.DanishTime.LocalTime(time)));

    public static string Number(decimal number) => number.ToString("#,##0.##", CultureInfo.CurrentCulture);

    public static string Number(int number) => number.ToString("#,##0", CultureInfo.CurrentCulture);

    /// <summary>A date for an <c>input type="date"</c>, which always speaks ISO 8601.</summary>
    public static string ForInput(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
