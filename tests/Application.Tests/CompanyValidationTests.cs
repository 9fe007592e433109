using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Companies.RegisterCompany;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Tests;

public class CompanyValidationTests
{
    private static readonly CompanyInput Valid = new(
        "13585628", "Gentofte Bageri", "107100", Sector.Private,
        new AddressInput("Gentoftegade 1", "2820", "Gentofte"), "https://bageri.dk", 12);

    private static IEnumerable<string> Errors(CompanyInput company) =>
        new RegisterCompanyCommandValidator().Validate(new RegisterCompanyCommand(company)).Errors.Select(e => e.PropertyName).Distinct();

    [Fact]
    public void A_complete_company_is_valid() => Assert.Empty(Errors(Valid));

    [Fact]
    public void Only_cvr_and_name_are_required() =>
        Assert.Empty(Errors(new CompanyInput("13585628", "Gentofte Bageri", null, null, null, null, null)));

    [Theory]
    [InlineData("13585627")]
    [InlineData("01234567")]
    [InlineData("")]
    public void An_invalid_cvr_number_is_named(string cvr) => Assert.Equal(["Cvr"], Errors(Valid with { Cvr = cvr }));

    [Fact]
    public void Nested_address_fields_are_named_by_path() =>
        Assert.Equal(["Address.Street", "Address.PostalCode"],
            Errors(Valid with { Address = new AddressInput("", "99999", "Gentofte") }));

    [Theory]
    [InlineData("www.bageri.dk")]
    [InlineData("ftp://bageri.dk")]
    [InlineData("javascript:alert(1)")]
    public void A_website_is_an_absolute_http_address(string website) => Assert.Equal(["Website"], Errors(Valid with { Website = website }));

    [Fact]
    public void Details_carry_the_parsed_value_objects()
    {
        var details = Valid.ToDetails();
        Assert.Equal("107100", details.IndustryCode!.Value);
        Assert.Equal("2820", details.Address!.PostalCode.Value);
        Assert.Equal(new Uri("https://bageri.dk"), details.Website);
    }

    [Fact]
    public void The_sector_defaults_to_private() =>
        Assert.Equal(Sector.Private, (Valid with { Sector = null }).ToDetails().Sector);
}
