namespace PartnerCrm.Domain.Candidates;

public enum Gender
{
    Female,
    Male,
    Other,
    Unspecified,
}

/// <summary>Why the person lives in Denmark: as a refugee, or reunified with family.</summary>
public enum ResidenceBasis
{
    Refugee,
    FamilyReunification,
}

public enum EducationLevel
{
    None,
    Primary,
    UpperSecondary,
    Vocational,
    Higher,
    Unknown,
}

/// <summary>Danish course tracks (danskuddannelse 1–3); each has modules 1–6.</summary>
public enum DanishTrack
{
    DU1 = 1,
    DU2 = 2,
    DU3 = 3,
}
