using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.ApiKeys;

/// <summary>
/// When each key was last used, noted in memory on every request and written to the database in one
/// batch now and then, so a busy integration does not cost a database write per request.
/// </summary>
public sealed class ApiKeyUsage(TimeProvider clock)
{
    private ConcurrentDictionary<Guid, DateTimeOffset> _pending = new();

    public void Record(Guid keyId) => _pending[keyId] = clock.GetUtcNow();

    public IReadOnlyDictionary<Guid, DateTimeOffset> TakePending() => Interlocked.Exchange(ref _pending, new());
}

/// <summary>Writes the noted uses every <c>ApiKeys:LastUsedFlushSeconds</c> (default 30) and when the API stops.</summary>
public sealed class ApiKeyUsageWriter(ApiKeyUsage usage, IServiceScopeFactory scopes, TimeSpan interval, ILogger<ApiKeyUsageWriter> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the last batch is written in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var pending = usage.TakePending();
        if (pending.Count == 0) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var (keyId, usedAt) in pending)
                await db.ApiKeys.Where(k => k.Id == keyId && (k.LastUsedAt == null || k.LastUsedAt < usedAt))
                    .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, usedAt), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Losing a "last used" time is harmless; the next batch writes newer ones.
            logger.LogWarning(e, "Could not record when {Count} API keys were last used", pending.Count);
        }
    }
}
