using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Auditing;
using PartnerCrm.Domain.Candidates;

namespace PartnerCrm.Application.Candidates;

/// <summary>The body of a candidate, as registered and as revised: exactly the fields the work needs, nothing more.</summary>
public record CandidateInput(
    string CaseReference,
    string DisplayName,
    int? BirthYear,
    Gender? Gender,
    string CountryOfOrigin,
    ResidenceBasis? ResidenceBasis,
    DateOnly? ArrivalDate,
    DanishCourseDto? DanishCourse,
    EducationLevel? EducationLevel,
    string? Notes);

public static class CandidateFields
{
    public static CandidateDetails ToDetails(this CandidateInput fields) => new(
        fields.CaseReference,
        fields.DisplayName,
        fields.BirthYear!.Value,
        fields.Gender ?? Gender.Unspecified,
        fields.CountryOfOrigin,
        fields.ResidenceBasis!.Value,
        fields.ArrivalDate!.Value,
        fields.DanishCourse is { } course ? new DanishCourse(course.Track, course.Module) : null,
        fields.EducationLevel ?? EducationLevel.Unknown,
        fields.Notes);

    public static void ValidateCandidateFields<T>(this AbstractValidator<T> validator) where T : CandidateInput
    {
        validator.RuleFor(c => c.CaseReference).NotEmpty().Text(50).MustNotLookLikeCpr();
        validator.RuleFor(c => c.DisplayName).NotEmpty().Text(100).MustNotLookLikeCpr();
        validator.RuleFor(c => c.BirthYear).NotNull().InclusiveBetween(Domain.Common.DateRange.Earliest.Year, Domain.Common.DateRange.Latest.Year)
            .Must(year => year is null || year <= DateTime.UtcNow.Year).WithMessage("A birth year is not in the future.").WithErrorCode("BirthYearInFuture");
        validator.RuleFor(c => c.Gender).IsInEnum();
        validator.RuleFor(c => c.CountryOfOrigin)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .Text(2)
            .Matches("^[A-Za-z]{2}$").WithMessage("A country is its ISO 3166-1 alpha-2 code, e.g. SY or ER.").WithErrorCode("CountryCode")
            .MustNotLookLikeCpr();
        validator.RuleFor(c => c.ResidenceBasis).NotNull().IsInEnum();
        validator.RuleFor(c => c.ArrivalDate).NotNull().InDateRange();
        validator.RuleFor(c => c.EducationLevel).IsInEnum();
        validator.RuleFor(c => c.Notes).MultiLineText(4000).MustNotLookLikeCpr();
        validator.When(c => c.DanishCourse is not null, () =>
        {
            validator.RuleFor(c => c.DanishCourse!.Track).IsInEnum();
            validator.RuleFor(c => c.DanishCourse!.Module).InclusiveBetween(DanishCourse.FirstModule, DanishCourse.LastModule);
        });
    }

    /// <summary>A case reference names one candidate that is not erased: a second use answers 409 naming the first.</summary>
    public static async Task EnsureCaseReferenceIsFreeAsync(this IAppDbContext db, string caseReference, Guid? except, CancellationToken cancellationToken)
    {
        var reference = caseReference.Trim();
        var existingId = await db.Candidates
            .Where(c => c.CaseReference == reference && c.Id != except)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existingId is not null)
            throw new ConflictException($"A candidate with case reference '{reference}' is already registered.", existingId);
    }

    /// <summary>A candidate that is not erased; an erased one is not found, like one that never was.</summary>
    public static async Task<Candidate> FindCandidateAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Candidates.FirstOrDefaultAsync(c => c.Id == id && c.ErasedAt == null, cancellationToken)
        ?? throw new NotFoundException("candidate", id);

    /// <summary>Reads of candidate data are audited, one line per candidate shown.</summary>
    public static async Task AuditReadsAsync(this IAppDbContext db, IEnumerable<Guid> candidateIds, CancellationToken cancellationToken)
    {
        foreach (var id in candidateIds) db.AuditEntries.Add(AuditEntry.Of(AuditActions.Read, "candidate", id));
        await db.SaveChangesAsync(cancellationToken);
    }
}
