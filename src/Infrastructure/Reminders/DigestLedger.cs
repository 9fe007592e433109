using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Reminders;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.Reminders;

/// <summary>
/// <see cref="IDigestLedger"/> on <c>daily_digests</c>. A claim is one statement: an insert of the row keyed
/// by (staff member, day), or the update of a failed row whose retry time has come, that returns a row only to
/// the one caller whose statement made the change. PostgreSQL decides between racing callers, whichever
/// instance they run in.
/// </summary>
public sealed class DigestLedger(AppDbContext db) : IDigestLedger
{
    private static readonly string Claimed = EnumNaming.NameOf(DailyDigestStatus.Claimed);
    private static readonly string Failed = EnumNaming.NameOf(DailyDigestStatus.Failed);

    public async Task<IReadOnlyList<DigestRecipient>> OpenAsync(DateOnly day, DateTimeOffset now, CancellationToken cancellationToken) =>
        await (from s in db.StaffDirectory
               where s.Email != null
               where !db.DailyDigests.Any(d => d.StaffId == s.Id && d.Day == day
                   && !(d.Status == DailyDigestStatus.Failed && d.RetryAt != null && d.RetryAt <= now))
               orderby s.Id
               select new DigestRecipient(s.Id, s.Email!))
            .ToListAsync(cancellationToken);

    public async Task<DigestClaim?> TryClaimAsync(DigestRecipient recipient, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attempts = await db.Database.SqlQuery<int>($"""
            INSERT INTO daily_digests (staff_id, day, status, attempts, claimed_at)
            VALUES ({recipient.StaffId}, {day}, {Claimed}, 1, {now})
            ON CONFLICT (staff_id, day) DO UPDATE SET
                status = excluded.status,
                attempts = daily_digests.attempts + 1,
                claimed_at = excluded.claimed_at,
                settled_at = NULL,
                retry_at = NULL
            WHERE daily_digests.status = {Failed} AND daily_digests.retry_at <= excluded.claimed_at
            RETURNING attempts AS "Value"
            """).ToListAsync(cancellationToken);
        return attempts.Count == 1 ? new DigestClaim(recipient, day, attempts[0]) : null;
    }

    public async Task SettleAsync(DigestClaim claim, DigestOutcome outcome, DateTimeOffset now, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        var status = outcome switch
        {
            DigestOutcome.Sent => DailyDigestStatus.Sent,
            DigestOutcome.NothingDue => DailyDigestStatus.NothingDue,
            DigestOutcome.Failed => DailyDigestStatus.Failed,
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
        };
        await db.DailyDigests
            .Where(d => d.StaffId == claim.Recipient.StaffId && d.Day == claim.Day && d.Attempts == claim.Attempt && d.Status == DailyDigestStatus.Claimed)
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Status, status)
                .SetProperty(d => d.SettledAt, now)
                .SetProperty(d => d.RetryAt, outcome == DigestOutcome.Failed ? retryAt : null), cancellationToken);
    }

    /// <summary>The ledger is kept for a while for whoever asks what was sent, then forgotten.</summary>
    public Task<int> ForgetBeforeAsync(DateOnly day, CancellationToken cancellationToken) =>
        db.DailyDigests.Where(d => d.Day < day).ExecuteDeleteAsync(cancellationToken);
}
