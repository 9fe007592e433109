using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Candidates;

/// <summary>
/// A refugee or family-reunified person (borger) the jobcenter helps into work. Only what the work needs
/// is kept (GDPR art. 5): a case reference, a display name and the attributes the statistics need.
/// Erasure removes what identifies the person and keeps the statistical attributes, so published figures
/// do not change.
/// </summary>
public sealed class Candidate : Entity
{
    private Candidate()
    {
    }

    public string? CaseReference { get; private set; }
    public string? DisplayName { get; private set; }
    public int BirthYear { get; private set; }
    public Gender Gender { get; private set; }
    public string CountryOfOrigin { get; private set; } = "";
    public ResidenceBasis ResidenceBasis { get; private set; }
    public DateOnly ArrivalDate { get; private set; }
    public DanishCourse? DanishCourse { get; private set; }
    public EducationLevel EducationLevel { get; private set; }
    public string? Notes { get; private set; }
    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    public static Candidate Register(CandidateDetails details)
    {
        var candidate = new Candidate();
        candidate.Revise(details);
        return candidate;
    }

    public void Revise(CandidateDetails details)
    {
        if (IsErased) throw new DomainRuleException("candidateErased", "An erased candidate cannot be changed.");
        foreach (var (field, text) in new[] { ("caseReference", details.CaseReference), ("displayName", details.DisplayName), ("notes", details.Notes) })
            if (PersonalText.LooksLikeCpr(text))
                throw new DomainRuleException("cprNotAllowed", $"The {field} looks like a CPR number, which PartnerCrm never stores.");
        CaseReference = details.CaseReference.Trim();
        DisplayName = details.DisplayName.Trim();
        BirthYear = details.BirthYear;
        Gender = details.Gender;
        CountryOfOrigin = details.CountryOfOrigin.ToUpperInvariant();
        ResidenceBasis = details.ResidenceBasis;
        ArrivalDate = details.ArrivalDate;
        DanishCourse = details.DanishCourse;
        EducationLevel = details.EducationLevel;
        Notes = details.Notes;
    }

    /// <summary>Removes the case reference, name and notes; the statistical attributes stay.</summary>
    public void Erase(DateTimeOffset now)
    {
        if (IsErased) return;
        CaseReference = null;
        DisplayName = null;
        Notes = null;
        ErasedAt = now;
    }
}

public sealed record CandidateDetails(
    string CaseReference,
    string DisplayName,
    int BirthYear,
    Gender Gender,
    string CountryOfOrigin,
    ResidenceBasis ResidenceBasis,
    DateOnly ArrivalDate,
    DanishCourse? DanishCourse,
    EducationLevel EducationLevel,
    string? Notes);
