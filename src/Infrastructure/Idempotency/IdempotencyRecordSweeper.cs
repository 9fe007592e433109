using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.Idempotency;

/// <summary>Deletes idempotency records older than <see cref="IdempotencyRecords.Lifetime"/>, once an hour.</summary>
public sealed class IdempotencyRecordSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdempotencyRecordSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    var expired = clock.GetUtcNow() - IdempotencyRecords.Lifetime;
                    await db.IdempotencyRecords.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not delete expired idempotency records; the next sweep tries again");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The API is stopping.
        }
    }
}

public static class IdempotencyRecords
{
    /// <summary>How long a key's first answer is kept and replayed.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
}
