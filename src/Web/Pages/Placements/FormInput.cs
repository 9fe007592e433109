using System.Globalization;
using PartnerCrm.Web.Forms;

namespace PartnerCrm.Web.Pages.Placements;

/// <summary>
/// Reads what a form's text fields hold. A value that cannot be read puts its error on the field and is left
/// out, so the command's validators still check the rest and the user sees every error at once.
/// </summary>
public static class FormInput
{
    /// <summary>A date as <c>input type="date"</c> sends it (<c>yyyy-MM-dd</c>); null when empty.</summary>
    public static DateOnly? Date(string? text, FormState form, string field, string error)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        form.AddFieldError(field, error);
        return null;
    }

    /// <summary>A number with a decimal comma (<c>18,5</c>) or point (<c>18.5</c>), never with thousands separators.</summary>
    public static decimal? Decimal(string? text, FormState form, string field, string error)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var number)) return number;
        form.AddFieldError(field, error);
        return null;
    }

    /// <summary>A whole number, e.g. a score picked from a list; null when empty.</summary>
    public static int? Number(string? text, FormState form, string field, string error)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return number;
        form.AddFieldError(field, error);
        return null;
    }

    /// <summary>An enum value by its name, as the form's options carry it; null when empty or unknown (the validator then says so).</summary>
    public static TEnum? Choice<TEnum>(string? text) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : null;

    public static Guid? Id(string? text) => Guid.TryParse(text, out var id) ? id : null;

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A number for an input, as the page's language writes it (<c>18,5</c>), without thousands separators.</summary>
    public static string ForInput(decimal? number) => number?.ToString("0.##", CultureInfo.CurrentCulture) ?? "";
}
