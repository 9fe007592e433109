using System.Globalization;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartnerCrm.Application.Reminders;
using PartnerCrm.Application.Reminders.SendDailyDigests;
using PartnerCrm.Infrastructure.Mail;

namespace PartnerCrm.Infrastructure.Reminders;

/// <summary>
/// Sends the daily digest. Every minute it reads the clock: from <c>Reminders:SendAt</c> (Copenhagen time) until
/// midnight, today's digest is due, and a pass sends it to whoever has not had it. Nothing is kept in memory
/// about what was sent: the ledger in the database is the only record, so a restart, a late start or a second
/// instance sends no mail twice. Off when no mail server is configured.
/// </summary>
public sealed class DailyDigestJob(
    IServiceScopeFactory scopes, ReminderSettings reminders, SmtpSettings smtp, TimeProvider clock, ILogger<DailyDigestJob> logger)
    : BackgroundService
{
    public static readonly TimeSpan TickInterval = TimeSpan.FromMinutes(1);

    /// <summary>How long the ledger remembers a digest.</summary>
    public const int KeptDays = 30;

    private PeriodicTimer? _timer;
    private DateOnly _forgottenBefore;
    private long _lastPassTicks;

    /// <summary>The clock's time when the latest pass began, once it has finished; null before the first.</summary>
    public DateTimeOffset? LastPassAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastPassTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public bool IsOn => smtp.IsOn;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (!smtp.IsOn)
        {
            logger.LogInformation("Daily reminders are off: Smtp__Host is not set");
            return Task.CompletedTask;
        }
        logger.LogInformation("Daily reminders are on: sent at {SendAt} Copenhagen time through the mail server {Host}:{Port}",
            reminders.SendAt.ToString("HH:mm"), smtp.Host, smtp.Port);
        // Made before the host reports it has started, so the first tick is counted from the start.
        _timer = new PeriodicTimer(TickInterval, clock);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = _timer!;
        try
        {
            do
            {
                await PassAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The API is stopping.
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        var startedAt = clock.GetUtcNow();
        if (reminders.DayDue(startedAt) is { } day)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendDailyDigestsCommand(day), stoppingToken);
                Report(day, run);
                if (_forgottenBefore < day.AddDays(-KeptDays))
                {
                    _forgottenBefore = day.AddDays(-KeptDays);
                    await scope.ServiceProvider.GetRequiredService<DigestLedger>().ForgetBeforeAsync(_forgottenBefore, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The daily digest of {Day} could not be sent just now; the next pass in a minute tries again",
                    day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
        Interlocked.Exchange(ref _lastPassTicks, startedAt.UtcTicks);
    }

    private void Report(DateOnly date, DailyDigestRun run)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (run.Sent + run.NothingDue > 0)
            logger.LogInformation("Daily digest of {Day}: {Sent} sent, {NothingDue} with nothing due", day, run.Sent, run.NothingDue);
        if (run.Failed > 0)
            logger.LogWarning("Daily digest of {Day}: {Failed} not sent, tried again in {RetryMinutes} minutes: {Reasons}",
                day, run.Failed, SendDailyDigestsCommandHandler.RetryAfter.TotalMinutes, string.Join(" ", run.FailureReasons));
        if (run.GivenUp > 0)
            logger.LogError("Daily digest of {Day}: {GivenUp} not sent after {Attempts} attempts, none more today: {Reasons}",
                day, run.GivenUp, SendDailyDigestsCommandHandler.MaxAttempts, string.Join(" ", run.FailureReasons));
    }
}
