using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartnerCrm.Application.Common;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.Idempotency;

/// <summary>
/// Keeps answers in <c>idempotency_records</c>. A claim is a database transaction on the request's own
/// context holding a PostgreSQL advisory lock on the holder and key, taken without waiting: the request's
/// work and the record of its answer are committed together, or neither is.
/// </summary>
public sealed class IdempotencyStore(AppDbContext db, TimeProvider clock) : IIdempotencyStore
{
    public async Task<IIdempotencyClaim> ClaimAsync(string holder, string key, CancellationToken cancellationToken) =>
        await DatabaseFailures.TranslateAsync(async () =>
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var lockId = $"{holder}\n{key}";
                var locked = await db.Database
                    .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock(hashtextextended({lockId}, 0)) AS \"Value\"")
                    .SingleAsync(cancellationToken);
                if (!locked)
                    throw new ConflictException("A request with this Idempotency-Key is still being processed. Retry when it has finished.");

                var earlier = await db.IdempotencyRecords.AsNoTracking()
                    .FirstOrDefaultAsync(r => r.Holder == holder && r.Key == key, cancellationToken);
                if (earlier is not null && earlier.CreatedAt <= clock.GetUtcNow() - IdempotencyRecords.Lifetime)
                {
                    await db.IdempotencyRecords.Where(r => r.Holder == holder && r.Key == key).ExecuteDeleteAsync(cancellationToken);
                    earlier = null;
                }
                return (IIdempotencyClaim)new Claim(db, transaction, holder, key, earlier is null ? null : Answer(earlier), clock);
            }
            catch
            {
                await transaction.DisposeAsync();
                throw;
            }
        });

    private static IdempotentAnswer Answer(IdempotencyRecord record) =>
        new(record.RequestFingerprint, record.StatusCode, record.ContentType, record.Location, record.ETag, record.Body);

    private sealed class Claim(AppDbContext db, IDbContextTransaction transaction, string holder, string key, IdempotentAnswer? earlier, TimeProvider clock)
        : IIdempotencyClaim
    {
        public IdempotentAnswer? Earlier { get; } = earlier;

        public Task KeepAsync(IdempotentAnswer answer, CancellationToken cancellationToken) =>
            DatabaseFailures.TranslateAsync(async () =>
            {
                db.IdempotencyRecords.Add(new IdempotencyRecord
                {
                    Holder = holder,
                    Key = key,
                    RequestFingerprint = answer.RequestFingerprint,
                    StatusCode = answer.StatusCode,
                    ContentType = answer.ContentType,
                    Location = answer.Location,
                    ETag = answer.ETag,
                    Body = answer.Body,
                    CreatedAt = clock.GetUtcNow(),
                });
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            });

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
