namespace PartnerCrm.Infrastructure.Reminders;

public enum DailyDigestStatus
{
    /// <summary>Claimed by an instance that is sending it, or that stopped while sending it.</summary>
    Claimed,
    Sent,
    NothingDue,
    Failed,
}

/// <summary>
/// A row of <c>daily_digests</c>: one staff member's digest of one day. The key (staff member, day) is the
/// claim: only the instance whose insert made the row sends the mail.
/// </summary>
public sealed class DailyDigestRecord
{
    public required string StaffId { get; init; }
    public required DateOnly Day { get; init; }
    public required DailyDigestStatus Status { get; init; }

    /// <summary>How many times the digest was claimed: 1, and one more for each retry after a failure.</summary>
    public required int Attempts { get; init; }

    public required DateTimeOffset ClaimedAt { get; init; }
    public DateTimeOffset? SettledAt { get; init; }

    /// <summary>When a failed digest may be claimed again; null when it may not.</summary>
    public DateTimeOffset? RetryAt { get; init; }
}
