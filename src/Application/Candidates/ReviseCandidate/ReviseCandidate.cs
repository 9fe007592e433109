using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Candidates;

namespace PartnerCrm.Application.Candidates.ReviseCandidate;

public sealed record ReviseCandidateCommand(Guid Id, CandidateInput Candidate, uint? ExpectedVersion)
    : CandidateInput(Candidate), ICommand<CandidateDto>;

public sealed class ReviseCandidateCommandValidator : AbstractValidator<ReviseCandidateCommand>
{
    public ReviseCandidateCommandValidator() => this.ValidateCandidateFields();
}

public sealed class ReviseCandidateCommandHandler(IAppDbContext db) : ICommandHandler<ReviseCandidateCommand, CandidateDto>
{
    public async ValueTask<CandidateDto> Handle(ReviseCandidateCommand command, CancellationToken cancellationToken)
    {
        var candidate = await db.FindCandidateAsync(command.Id, cancellationToken);
        candidate.ExpectVersion(command.ExpectedVersion);
        await db.EnsureCaseReferenceIsFreeAsync(command.CaseReference, candidate.Id, cancellationToken);
        candidate.Revise(command.ToDetails());
        await db.SaveChangesAsync(cancellationToken);
        return candidate.ToDto();
    }
}
