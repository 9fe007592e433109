namespace PartnerCrm.Application.Common;

/// <summary>The municipality works on Danish time: "today" is the date in Copenhagen.</summary>
public static class DanishTime
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Copenhagen).DateTime);
}
