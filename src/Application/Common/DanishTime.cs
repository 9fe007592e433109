namespace PartnerCrm.Application.Common;

/// <summary>The municipality works on Danish time: "today" is the date in Copenhagen.</summary>
public static class DanishTime
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(LocalTime(clock.GetUtcNow()));

    /// <summary>The wall-clock time in Copenhagen at <paramref name="instant"/>, summer time included.</summary>
    public static DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Copenhagen).DateTime;

    /// <summary>The moment a clock in Copenhagen shows <paramref name="time"/> on <paramref name="day"/>, summer time included.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Copenhagen.GetUtcOffset(local));
    }
}
