namespace PartnerCrm.Domain.Companies;

/// <summary>What a consultant may set on a company.</summary>
public sealed record CompanyDetails(
    string Name,
    IndustryCode? IndustryCode,
    Sector Sector,
    Address? Address,
    Uri? Website,
    int? EmployeeCount,
    DateOnly? CeasedOn = null);
