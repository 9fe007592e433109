using System.Globalization;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies.LogActivity;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Web.Forms;

namespace PartnerCrm.Web.Pages.Companies.Sections;

/// <summary>An activity as the form holds it: text as typed, so a date that is not a date is shown back, not lost.</summary>
public sealed class ActivityForm
{
    /// <summary>An activity registered without a time of day happened at noon, Danish time: the middle of the day it names.</summary>
    public static readonly TimeOnly Noon = new(12, 0);

    public string? Kind { get; set; }
    public string? OccurredOn { get; set; }
    public string? OccurredTime { get; set; }
    public string? Summary { get; set; }
    public string? NextAction { get; set; }
    public string? NextActionOn { get; set; }

    /// <summary>A new activity happened now, Danish time, as far as the consultant does not say otherwise.</summary>
    public static ActivityForm Now(TimeProvider clock)
    {
        var local = DanishTime.LocalTime(clock.GetUtcNow());
        return new ActivityForm
        {
            OccurredOn = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            OccurredTime = local.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The input the command takes. A field that cannot be read is left out, and its error is on the form.</summary>
    public ActivityInput ToInput(FormState form, string dateError, string timeError)
    {
        var day = DateOf(OccurredOn, nameof(OccurredOn), form, dateError);
        var time = Noon;
        if (!string.IsNullOrWhiteSpace(OccurredTime))
        {
            if (TimeOnly.TryParseExact(OccurredTime.Trim(), ["HH:mm", "H:mm", "HH:mm:ss", "HH.mm", "H.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var given))
                time = given;
            else form.AddFieldError(nameof(OccurredTime), timeError);
        }
        return new ActivityInput(
            Enum.TryParse<ActivityKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
            day is { } occurred ? DanishTime.At(occurred, time) : default,
            Summary?.Trim() ?? "",
            DateOf(NextActionOn, nameof(NextActionOn), form, dateError),
            string.IsNullOrWhiteSpace(NextAction) ? null : NextAction.Trim());
    }

    private static DateOnly? DateOf(string? text, string field, FormState form, string dateError)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        form.AddFieldError(field, dateError);
        return null;
    }
}
