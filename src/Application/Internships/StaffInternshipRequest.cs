namespace PartnerCrm.Application.Internships;

/// <summary>An internship offer posted by a consultant on a company's behalf: the offer and the company.</summary>
public sealed record StaffInternshipRequest : InternshipOfferInput
{
    public Guid CompanyId { get; init; }
}
