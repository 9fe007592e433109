using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Application.ApiKeys;
using PartnerCrm.Application.Companies;

namespace PartnerCrm.Api.Tests.Infrastructure;

public static class EmployerData
{
    public static object Offer(string title = "Lagermedarbejder", string? externalReference = null, string? status = null, int slots = 2) => new
    {
        title,
        description = "Plukning og pakning af ordrer.",
        city = "Gentofte",
        postalCode = "2820",
        startDate = "2027-02-01",
        durationWeeks = 8,
        hoursPerWeek = 25,
        slots,
        danishLevel = "DU2",
        status,
        externalReference,
    };

    public static async Task<IssuedApiKeyDto> IssueKeyAsync(this HttpClient staff, Guid companyId, string name = "HR-system")
    {
        var response = await staff.PostAsJsonAsync($"/api/v1/companies/{companyId}/api-keys", new { name });
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<IssuedApiKeyDto>();
    }

    public static HttpClient EmployerClient(this ApiFactory api, string key)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>A company with an API key, and a client that uses the key.</summary>
    public static async Task<(CompanyDto Company, IssuedApiKeyDto Key, HttpClient Client)> EmployerAsync(this ApiFactory api, HttpClient staff, string cvr, string name)
    {
        var company = await staff.RegisterCompanyAsync(cvr, name);
        var key = await staff.IssueKeyAsync(company.Id);
        return (company, key, api.EmployerClient(key.Key));
    }
}
