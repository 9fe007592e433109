using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Candidates;

namespace PartnerCrm.Application.Candidates.ReviseCandidate;

public sealed record ReviseCandidateCommand(
    string CaseReference,
    string DisplayName,
    int? BirthYear,
    Gender? Gender,
    string CountryOfOrigin,
    ResidenceBasis? ResidenceBasis,
    DateOnly? ArrivalDate,
    DanishCourseDto? DanishCourse,
    EducationLevel? EducationLevel,
    string? Notes) : ICommand<CandidateDto>, ICandidateFields
{
    [JsonIgnore] public Guid Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

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
