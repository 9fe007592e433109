namespace PartnerCrm.Application.Reminders;

/// <summary>A staff member the daily digest can reach.</summary>
public sealed record DigestRecipient(string StaffId, string Email);

/// <summary>The right, held by one caller only, to send one staff member their digest of one day.</summary>
public sealed record DigestClaim(DigestRecipient Recipient, DateOnly Day, int Attempt);

public enum DigestOutcome
{
    Sent,
    NothingDue,
    Failed,
}

/// <summary>
/// What became of each staff member's digest, one entry per staff member and day, shared by every instance of
/// the API. A digest is claimed before it is sent, and only the caller that got the claim sends it: that is
/// what keeps it to one mail a day, across restarts and instances.
/// </summary>
public interface IDigestLedger
{
    /// <summary>
    /// The staff members with an address whose digest of <paramref name="day"/> may be claimed now: not claimed
    /// yet, or failed with a retry time that has come.
    /// </summary>
    Task<IReadOnlyList<DigestRecipient>> OpenAsync(DateOnly day, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the digest of <paramref name="day"/> for one staff member. Of all callers, in every instance,
    /// exactly one gets it; the others get null. A failed digest whose retry time has come can be claimed again.
    /// </summary>
    Task<DigestClaim?> TryClaimAsync(DigestRecipient recipient, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records how a claimed digest ended. A failed one may be claimed again from <paramref name="retryAt"/> on;
    /// with no retry time it stays failed. A claim never settled (the instance stopped) is never claimed again.
    /// </summary>
    Task SettleAsync(DigestClaim claim, DigestOutcome outcome, DateTimeOffset now, DateTimeOffset? retryAt, CancellationToken cancellationToken);
}
