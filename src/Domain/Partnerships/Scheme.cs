namespace PartnerCrm.Domain.Partnerships;

/// <summary>The schemes a partner company offers. Mentor and job rotation support a placement; they are not placements.</summary>
public enum Scheme
{
    Internship,
    WageSubsidy,
    Igu,
    OrdinaryEmployment,
    Apprenticeship,
    Mentor,
    JobRotation,
}
