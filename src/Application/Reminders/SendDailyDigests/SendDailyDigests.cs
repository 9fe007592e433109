using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Worklist.CountWorklist;

namespace PartnerCrm.Application.Reminders.SendDailyDigests;

/// <summary>What one pass of the daily digest did. Counts and reasons only, so it may be logged.</summary>
public sealed record DailyDigestRun(int Sent, int NothingDue, int Failed, int GivenUp, IReadOnlyList<string> FailureReasons)
{
    public static readonly DailyDigestRun Nothing = new(0, 0, 0, 0, []);

    public bool DidAnything => Sent + NothingDue + Failed + GivenUp > 0;
}

/// <summary>
/// Sends the digest of <paramref name="Day"/> to every staff member with an address who has not had it yet:
/// one mail when something is overdue or due today, none otherwise. Safe to send again and again, from any
/// number of instances: each staff member's digest is claimed before it is sent (<see cref="IDigestLedger"/>).
/// </summary>
public sealed record SendDailyDigestsCommand(DateOnly Day) : ICommand<DailyDigestRun>;

public sealed class SendDailyDigestsCommandHandler(IDigestLedger ledger, IMailSender mail, ISender sender, ReminderSettings settings, TimeProvider clock)
    : ICommandHandler<SendDailyDigestsCommand, DailyDigestRun>
{
    /// <summary>A digest the mail server did not accept is tried this many times in all, the same day.</summary>
    public const int MaxAttempts = 3;

    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(15);

    public async ValueTask<DailyDigestRun> Handle(SendDailyDigestsCommand command, CancellationToken cancellationToken)
    {
        var run = DailyDigestRun.Nothing;
        foreach (var recipient in await ledger.OpenAsync(command.Day, clock.GetUtcNow(), cancellationToken))
        {
            // Counted before the claim: a claim is only taken when nothing but the mail itself can still fail.
            var counts = await sender.Send(new CountWorklistQuery(recipient.StaffId, command.Day), cancellationToken);
            var claim = await ledger.TryClaimAsync(recipient, command.Day, clock.GetUtcNow(), cancellationToken);
            if (claim is null) continue;

            if (counts.Waiting == 0)
            {
                await ledger.SettleAsync(claim, DigestOutcome.NothingDue, clock.GetUtcNow(), null, cancellationToken);
                run = run with { NothingDue = run.NothingDue + 1 };
                continue;
            }

            try
            {
                await mail.SendAsync(DigestMail.Compose(recipient.Email, command.Day, counts, settings.AppUrl), cancellationToken);
            }
            catch (MailNotSentException e)
            {
                var retry = claim.Attempt < MaxAttempts;
                await ledger.SettleAsync(claim, DigestOutcome.Failed, clock.GetUtcNow(), retry ? clock.GetUtcNow() + RetryAfter : null, cancellationToken);
                run = run with
                {
                    Failed = run.Failed + (retry ? 1 : 0),
                    GivenUp = run.GivenUp + (retry ? 0 : 1),
                    FailureReasons = [.. run.FailureReasons.Append(e.Message).Distinct()],
                };
                continue;
            }
            await ledger.SettleAsync(claim, DigestOutcome.Sent, clock.GetUtcNow(), null, cancellationToken);
            run = run with { Sent = run.Sent + 1 };
        }
        return run;
    }
}

public sealed class SendDailyDigestsCommandValidator : AbstractValidator<SendDailyDigestsCommand>
{
    public SendDailyDigestsCommandValidator() => RuleFor(c => c.Day).InDateRange();
}
