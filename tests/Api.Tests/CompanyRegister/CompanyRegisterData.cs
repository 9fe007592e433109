using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Companies;

namespace PartnerCrm.Api.Tests.CompanyRegister;

public static class CompanyRegisterData
{
    public static object Company(string cvr, string name, DateOnly? ceasedOn) => new
    {
        cvr,
        name,
        industryCode = "561010",
        address = new { street = "Bernstorffsvej 161", postalCode = "2920", city = "Charlottenlund" },
        ceasedOn,
    };

    /// <summary>Records the company's ceased date (or none) over the API, as a consultant does when the register says so.</summary>
    public static async Task<CompanyDto> CeaseAsync(this HttpClient staff, CompanyDto company, DateOnly? ceasedOn)
    {
        var response = await staff.PutAsJsonAsync($"/api/v1/companies/{company.Id}", Company(company.Cvr, company.Name, ceasedOn));
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.ReadAsync<CompanyDto>();
    }

    public static object Workplace(string pNumber, string? street = "Ordrupvej 60", string postalCode = "2920", string city = "Charlottenlund") => new
    {
        pNumber,
        address = street is null ? null : new { street, postalCode, city },
    };

    public static async Task<WorkplaceDto> RegisterWorkplaceAsync(this HttpClient staff, Guid companyId, string pNumber)
    {
        var response = await staff.PostAsJsonAsync($"/api/v1/companies/{companyId}/workplaces", Workplace(pNumber));
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<WorkplaceDto>();
    }

    /// <summary>An offer posted by a consultant on the company's behalf, naming a workplace or none.</summary>
    public static object StaffOffer(Guid companyId, string? pNumber = null, string title = "Køkkenhjælp") => new
    {
        companyId,
        title,
        city = "Hellerup",
        postalCode = "2900",
        startDate = "2027-03-01",
        durationWeeks = 13,
        hoursPerWeek = 30,
        slots = 2,
        pNumber,
    };

    public static object EmployerOffer(string? pNumber, string title = "Lagermedarbejder") => new
    {
        title,
        city = "Gentofte",
        postalCode = "2820",
        startDate = "2027-02-01",
        durationWeeks = 8,
        hoursPerWeek = 25,
        slots = 2,
        pNumber,
    };

    public static object Placement(Guid candidateId, Guid companyId, string? pNumber) => new
    {
        candidateId,
        companyId,
        type = "ordinaryEmployment",
        jobTitle = "Køkkenmedhjælper",
        hoursPerWeek = 30,
        startDate = "2027-01-04",
        pNumber,
    };
}
