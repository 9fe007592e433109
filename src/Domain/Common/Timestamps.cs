namespace PartnerCrm.Domain.Common;

public static class Timestamps
{
    /// <summary>In UTC and cut to the microsecond, as precisely as the database stores it, so an answer equals a later read.</summary>
    public static DateTimeOffset ToTheMicrosecond(this DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
