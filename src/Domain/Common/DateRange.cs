namespace PartnerCrm.Domain.Common;

/// <summary>
/// The dates PartnerCrm works with. Every date it accepts lies between <see cref="Earliest"/> and
/// <see cref="Latest"/>; dates it works out from those (a planned end two years on, a follow-up three
/// months after an end) reach at most <see cref="LatestWorkedOut"/>. The database holds every date and
/// timestamp to that span, so no writer can store infinity or year 10000.
/// </summary>
public static class DateRange
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>The longest span a date is worked out over: an IGU's 24 months plus a follow-up's 3.</summary>
    public const int LongestWorkedOutMonths = 27;

    public static readonly DateOnly LatestWorkedOut = Latest.AddMonths(LongestWorkedOutMonths);

    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    public static bool Contains(DateTimeOffset time) => time.UtcDateTime >= Earliest.ToDateTime(TimeOnly.MinValue)
        && time.UtcDateTime < Latest.AddDays(1).ToDateTime(TimeOnly.MinValue);
}
