using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Domain.Tests;

public class CompanyTests
{
    private static readonly CompanyDetails Bakery = new("Gentofte Bageri", IndustryCode.Parse("107100"), Sector.Private, null, null, 12);

    [Fact]
    public void Revising_keeps_the_cvr_number_and_changes_the_details()
    {
        var company = Company.Register(Cvr.Parse("13585628"), Bakery);
        company.Revise(Cvr.Parse("13585628"), Bakery with { Name = "Gentofte Bageri ApS", EmployeeCount = 14 });
        Assert.Equal("Gentofte Bageri ApS", company.Name);
        Assert.Equal(14, company.EmployeeCount);
    }

    [Fact]
    public void The_cvr_number_of_a_registered_company_cannot_change()
    {
        var company = Company.Register(Cvr.Parse("13585628"), Bakery);
        var refused = Assert.Throws<DomainRuleException>(() => company.Revise(Cvr.Parse("62761113"), Bakery));
        Assert.Equal("cvrImmutable", refused.Code);
        Assert.Equal("13585628", company.Cvr.Value);
    }

    [Fact]
    public void A_negative_number_of_employees_is_refused() =>
        Assert.Equal("employeeCountNegative",
            Assert.Throws<DomainRuleException>(() => Company.Register(Cvr.Parse("13585628"), Bakery with { EmployeeCount = -1 })).Code);
}
