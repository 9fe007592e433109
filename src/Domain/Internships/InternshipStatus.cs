namespace PartnerCrm.Domain.Internships;

public enum InternshipStatus
{
    Draft,
    Open,
    Filled,
    Closed,
    Cancelled,
}
