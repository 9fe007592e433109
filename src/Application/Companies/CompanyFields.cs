using PartnerCrm.Application.Common;
using FluentValidation;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies;

public sealed record AddressInput(string Street, string PostalCode, string City)
{
    public Address ToAddress() => new(Street.Trim(), Domain.Companies.PostalCode.Parse(PostalCode), City.Trim());
}

/// <summary>A body that may carry an address (a company's, a workplace's): the address rules are the same.</summary>
public interface IAddressed
{
    AddressInput? Address { get; }
}

/// <summary>
/// A company as a consultant writes it: the body of registering and of revising. Like every command with
/// a body, the commands derive from their input and add what the door knows besides (the id in the path,
/// the version the caller read), so validation names each field as the client sent it.
/// </summary>
public record CompanyInput(
    string Cvr,
    string Name,
    string? IndustryCode,
    Sector? Sector,
    AddressInput? Address,
    string? Website,
    int? EmployeeCount,
    DateOnly? CeasedOn = null) : IAddressed;

public static class CompanyFields
{
    public static CompanyDetails ToDetails(this CompanyInput fields) => new(
        fields.Name,
        fields.IndustryCode is null ? null : IndustryCode.Parse(fields.IndustryCode),
        fields.Sector ?? Sector.Private,
        fields.Address?.ToAddress(),
        fields.Website is null ? null : new Uri(fields.Website),
        fields.EmployeeCount,
        fields.CeasedOn);

    /// <summary>Shape rules shared by registering and revising a company.</summary>
    public static void ValidateCompanyFields<T>(this AbstractValidator<T> validator) where T : CompanyInput
    {
        validator.RuleFor(c => c.Cvr)
            .NotEmpty()
            .Text(Domain.Companies.Cvr.Length)
            .Must(Domain.Companies.Cvr.IsValid)
            .WithMessage("A CVR number is 8 digits, does not start with 0 and passes the modulus-11 check.").WithErrorCode("Cvr");
        validator.RuleFor(c => c.Name).NotEmpty().Text(200);
        validator.RuleFor(c => c.IndustryCode)
            .Text(Domain.Companies.IndustryCode.Length)
            .Must(Domain.Companies.IndustryCode.IsValid)
            .When(c => c.IndustryCode is not null)
            .WithMessage("An industry code (branchekode) is 6 digits, e.g. 471100.").WithErrorCode("IndustryCode");
        validator.RuleFor(c => c.Sector).IsInEnum();
        validator.RuleFor(c => c.Website).Text(500);
        validator.RuleFor(c => c.Website)
            .Must(website => Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            .When(c => c.Website is not null)
            .WithMessage("A website is an absolute http or https address.").WithErrorCode("Website");
        validator.RuleFor(c => c.EmployeeCount).GreaterThanOrEqualTo(0);
        validator.RuleFor(c => c.CeasedOn).InDateRange();
        validator.ValidateAddress();
    }

    /// <summary>An address is whole or absent: a street, a Danish postal code and a city.</summary>
    public static void ValidateAddress<T>(this AbstractValidator<T> validator) where T : IAddressed
    {
        validator.When(c => c.Address is not null, () =>
        {
            validator.RuleFor(c => c.Address!.Street).NotEmpty()
                .WithMessage("An address has a street, a postal code and a city: give all three or none.").WithErrorCode("AddressIncomplete")
                .Text(200);
            validator.RuleFor(c => c.Address!.PostalCode)
                .Text(PostalCode.Length)
                .Must(PostalCode.IsValid)
                .WithMessage("A Danish postal code is 4 digits between 0555 and 9990.").WithErrorCode("PostalCode");
            validator.RuleFor(c => c.Address!.City).NotEmpty()
                .WithMessage("An address has a street, a postal code and a city: give all three or none.").WithErrorCode("AddressIncomplete")
                .Text(100);
        });
    }
}
