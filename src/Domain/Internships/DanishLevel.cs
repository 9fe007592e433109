namespace PartnerCrm.Domain.Internships;

/// <summary>The Danish an internship asks for: none, or at least a Danish course track (danskuddannelse 1–3).</summary>
public enum DanishLevel
{
    None,
    DU1,
    DU2,
    DU3,
}
