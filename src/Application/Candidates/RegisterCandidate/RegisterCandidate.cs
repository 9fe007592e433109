using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Candidates;

namespace PartnerCrm.Application.Candidates.RegisterCandidate;

public sealed record RegisterCandidateCommand(CandidateInput Candidate)
    : CandidateInput(Candidate), ICommand<CandidateDto>;

public sealed class RegisterCandidateCommandValidator : AbstractValidator<RegisterCandidateCommand>
{
    public RegisterCandidateCommandValidator() => this.ValidateCandidateFields();
}

public sealed class RegisterCandidateCommandHandler(IAppDbContext db) : ICommandHandler<RegisterCandidateCommand, CandidateDto>
{
    public async ValueTask<CandidateDto> Handle(RegisterCandidateCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureCaseReferenceIsFreeAsync(command.CaseReference, null, cancellationToken);
        var candidate = Candidate.Register(command.ToDetails());
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync(cancellationToken);
        return candidate.ToDto();
    }
}
