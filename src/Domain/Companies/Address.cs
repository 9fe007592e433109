namespace PartnerCrm.Domain.Companies;

public sealed record Address(string Street, PostalCode PostalCode, string City);
