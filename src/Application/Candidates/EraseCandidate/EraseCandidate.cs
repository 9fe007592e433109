using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Candidates.EraseCandidate;

/// <summary>
/// Erasure (GDPR art. 17): the case reference, name and notes are removed, and so are the free-text notes
/// of the person's follow-ups; the statistical attributes, placements and follow-up outcomes stay, so
/// published figures do not change. Afterwards the candidate is not found.
/// </summary>
public sealed record EraseCandidateCommand(Guid Id) : ICommand;

public sealed class EraseCandidateCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<EraseCandidateCommand>
{
    public async ValueTask<Unit> Handle(EraseCandidateCommand command, CancellationToken cancellationToken)
    {
        var candidate = await db.FindCandidateAsync(command.Id, cancellationToken);
        candidate.Erase(clock.GetUtcNow());
        var followUps = await db.FollowUps.Where(f => f.CandidateId == candidate.Id && f.Notes != null).ToListAsync(cancellationToken);
        followUps.ForEach(f => f.ForgetNotes());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
