using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using PartnerCrm.Application.Companies.Imports;
using PartnerCrm.Domain.Companies.Imports;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.CompanyImports;

/// <summary>
/// Runs the company imports waiting in the database, one at a time per instance.
/// <para>
/// A job is taken under a PostgreSQL advisory lock held by the connection that runs it, not by a flag: when an
/// instance stops or dies, its connection closes, the lock goes with it, and the next instance to look takes the
/// job up again, still marked running, and applies it from the start. Nothing of the stopped run stays, because a
/// run is one transaction and the job is marked completed in that same transaction. A job that has been started
/// <see cref="CompanyImport.MaxAttempts"/> times is failed with a reason instead.
/// </para>
/// </summary>
public sealed class CompanyImportWorker(
    IServiceScopeFactory scopes, TimeProvider clock, CompanyImportSettings settings, IHostApplicationLifetime lifetime, ILogger<CompanyImportWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // No job is taken before the API has started: an instance that fails to start (its port taken) must not
        // begin an import it will abandon a moment later.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            try
            {
                await started.Task.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        // Real time, not the application's clock: how often to look is a matter of the machine, not of the calendar.
        using var timer = new PeriodicTimer(settings.PollInterval);
        try
        {
            do
            {
                try
                {
                    while (await RunNextAsync(stoppingToken))
                    {
                    }
                }
                catch (Exception failure) when (failure is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(failure, "Looking for company imports to run failed; trying again in {Interval}", settings.PollInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The API is stopping; a job it was running is taken up by the next instance.
        }
    }

    /// <summary>Runs one waiting job, if any; false when there was none to take.</summary>
    private async Task<bool> RunNextAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync(stoppingToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        var waiting = await db.CompanyImports
            .Where(i => i.Status == ImportStatus.Queued || i.Status == ImportStatus.Running)
            .OrderBy(i => i.CreatedAt)
            .Select(i => i.Id)
            .Take(20)
            .ToListAsync(stoppingToken);
        foreach (var id in waiting)
        {
            if (!await TryLockAsync(connection, id, stoppingToken)) continue;
            try
            {
                await RunAsync(db, connection, id, stoppingToken);
                return true;
            }
            finally
            {
                // The pool keeps the session, and with it a session lock, unless it is let go.
                if (connection.State == System.Data.ConnectionState.Open) await UnlockAsync(connection, id);
            }
        }
        return false;
    }

    private async Task RunAsync(AppDbContext db, NpgsqlConnection connection, Guid id, CancellationToken stoppingToken)
    {
        // Read after the lock: another instance may have finished it in between.
        var job = await db.CompanyImports.SingleAsync(i => i.Id == id, stoppingToken);
        if (job.Status is ImportStatus.Completed or ImportStatus.Failed) return;
        var started = job.TryStart(clock.GetUtcNow());
        await db.SaveChangesAsync(stoppingToken);
        if (!started)
        {
            logger.LogWarning("Company import {ImportId} was given up after {Attempts} starts", id, job.Attempts);
            return;
        }
        logger.LogInformation("Company import {ImportId} started (attempt {Attempt}, dry run {DryRun}, {Bytes} bytes)",
            id, job.Attempts, job.DryRun, job.Content?.Length ?? 0);

        CompanyImportRun.Result result;
        try
        {
            var extract = CvrExtract.Open(job.Content ?? []);
            await using var progress = await ImportProgressWriter.OpenAsync(db.Database.GetConnectionString()!, id, extract.CountRows(), clock, stoppingToken);
            await using var transaction = await db.Database.BeginTransactionAsync(stoppingToken);
            result = await new CompanyImportRun(connection, (phase, rows) => progress.ReportAsync(phase, rows, stoppingToken))
                .ApplyAsync(extract, job.DryRun, clock.GetUtcNow(), stoppingToken);
            if (job.DryRun)
            {
                await transaction.RollbackAsync(stoppingToken);
                job.Complete(result.Counts, result.InvalidRows, result.IgnoredColumns, clock.GetUtcNow());
                await db.SaveChangesAsync(stoppingToken);
            }
            else
            {
                job.Complete(result.Counts, result.InvalidRows, result.IgnoredColumns, clock.GetUtcNow());
                await db.SaveChangesAsync(stoppingToken);
                await transaction.CommitAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Company import {ImportId} stopped with the API; nothing from it was applied, and it runs again at the next start", id);
            throw;
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "Company import {ImportId} failed; nothing from it was applied", id);
            await FailAsync(id, failure, stoppingToken);
            return;
        }
        logger.LogInformation("Company import {ImportId} completed: {Counts}", id, result.Counts);
    }

    /// <summary>Records the failure in a scope of its own: the run's context holds the changes that were rolled back.</summary>
    private async Task FailAsync(Guid id, Exception failure, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var job = await db.CompanyImports.SingleAsync(i => i.Id == id, stoppingToken);
        var reason = failure switch
        {
            FormatException refused => refused.Message,
            PostgresException database => $"The database refused the import ({database.SqlState}: {database.MessageText}).",
            _ => "The import failed on the server.",
        };
        job.Fail(reason + " Nothing from it was applied.", clock.GetUtcNow());
        await db.SaveChangesAsync(stoppingToken);
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended(@id::text, 0))", connection);
        command.Parameters.AddWithValue("id", id);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task UnlockAsync(NpgsqlConnection connection, Guid id)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended(@id::text, 0))", connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteScalarAsync();
    }
}

/// <summary>How often an instance looks for company imports to run (<c>CompanyImports:PollSeconds</c>, default 1).</summary>
public sealed record CompanyImportSettings(TimeSpan PollInterval);
