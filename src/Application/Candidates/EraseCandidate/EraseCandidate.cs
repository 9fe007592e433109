using Mediator;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Candidates.EraseCandidate;

/// <summary>
/// Erasure (GDPR art. 17): the case reference, name and notes are removed; the statistical attributes,
/// placements and follow-ups stay, so published figures do not change. Afterwards the candidate is not found.
/// </summary>
public sealed record EraseCandidateCommand(Guid Id) : ICommand;

public sealed class EraseCandidateCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<EraseCandidateCommand>
{
    public async ValueTask<Unit> Handle(EraseCandidateCommand command, CancellationToken cancellationToken)
    {
        var candidate = await db.FindCandidateAsync(command.Id, cancellationToken);
        candidate.Erase(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
