using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Reminders;

/// <summary>
/// When the daily digest goes out (<c>Reminders:SendAt</c>, Copenhagen time) and where its links point
/// (<c>Reminders:AppUrl</c>, the staff web app).
/// </summary>
public sealed record ReminderSettings
{
    public const string Section = "Reminders";
    public static readonly TimeOnly DefaultSendAt = new(7, 0);
    public static readonly Uri DefaultAppUrl = new("http://localhost:5080/");

    public ReminderSettings(TimeOnly sendAt, Uri appUrl)
    {
        if (!appUrl.IsAbsoluteUri || appUrl.Scheme is not ("http" or "https"))
            throw new ArgumentException("The app's address is an absolute http or https URL.", nameof(appUrl));
        SendAt = sendAt;
        // A base without a trailing slash would lose its last segment when the links are made from it.
        AppUrl = appUrl.AbsolutePath.EndsWith('/') ? appUrl : new Uri(appUrl.AbsoluteUri + "/");
    }

    public TimeOnly SendAt { get; }
    public Uri AppUrl { get; }

    /// <summary>The day whose digest is due at <paramref name="now"/>: today in Copenhagen from SendAt on, none before.</summary>
    public DateOnly? DayDue(DateTimeOffset now)
    {
        var local = DanishTime.LocalTime(now);
        return TimeOnly.FromDateTime(local) >= SendAt ? DateOnly.FromDateTime(local) : null;
    }
}
