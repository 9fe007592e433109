using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Candidates.EraseCandidate;

/// <summary>
/// Erasure (GDPR art. 17): the case reference, name and notes are removed, and so is the free text about the
/// person elsewhere: the notes and rescheduling reasons of every follow-up of the person's placements, and the
/// notes of the person's referrals, whose open ones are withdrawn. The statistical attributes, placements,
/// follow-up outcomes and referral counts stay, so published figures do not change. Afterwards the candidate is
/// not found. The audit trail gets one <c>erase</c> for the candidate and an <c>update</c> with detail
/// <c>erased</c> for each follow-up and referral the erasure changes.
/// </summary>
public sealed record EraseCandidateCommand(Guid Id) : ICommand;

public sealed class EraseCandidateCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<EraseCandidateCommand>
{
    public async ValueTask<Unit> Handle(EraseCandidateCommand command, CancellationToken cancellationToken)
    {
        var candidate = await db.FindCandidateAsync(command.Id, cancellationToken);
        candidate.Erase(clock.GetUtcNow());
        var followUps = await db.FollowUps
            .Where(f => f.CandidateId == candidate.Id && (f.Notes != null || f.RescheduledReason != null))
            .ToListAsync(cancellationToken);
        followUps.ForEach(f => f.ForgetPersonalText());
        var referrals = await db.Referrals.Where(r => r.CandidateId == candidate.Id).ToListAsync(cancellationToken);
        referrals.ForEach(r => r.ForgetCandidate());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
