using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Candidates;

namespace PartnerCrm.Application.Candidates;

public sealed record DanishCourseDto(DanishTrack Track, int Module);

public sealed record CandidateDto : IVersioned
{
    public required Guid Id { get; init; }
    public required string CaseReference { get; init; }
    public required string DisplayName { get; init; }
    public required int BirthYear { get; init; }
    public required Gender Gender { get; init; }
    public required string CountryOfOrigin { get; init; }
    public required ResidenceBasis ResidenceBasis { get; init; }
    public required DateOnly ArrivalDate { get; init; }
    public DanishCourseDto? DanishCourse { get; init; }
    public required EducationLevel EducationLevel { get; init; }
    public string? Notes { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public uint Version { get; init; }
}

public static class CandidateMapping
{
    /// <summary>Only for candidates that are not erased: an erased one has no case reference or name.</summary>
    public static CandidateDto ToDto(this Candidate candidate) => new()
    {
        Id = candidate.Id,
        CaseReference = candidate.CaseReference!,
        DisplayName = candidate.DisplayName!,
        BirthYear = candidate.BirthYear,
        Gender = candidate.Gender,
        CountryOfOrigin = candidate.CountryOfOrigin,
        ResidenceBasis = candidate.ResidenceBasis,
        ArrivalDate = candidate.ArrivalDate,
        DanishCourse = candidate.DanishCourse is { } course ? new DanishCourseDto(course.Track, course.Module) : null,
        EducationLevel = candidate.EducationLevel,
        Notes = candidate.Notes,
        CreatedAt = candidate.CreatedAt,
        UpdatedAt = candidate.UpdatedAt,
        Version = candidate.Version,
    };
}
