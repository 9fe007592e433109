using System.Net.Http.Json;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Partnerships;

namespace PartnerCrm.Api.Tests.Infrastructure;

public static class TestData
{
    /// <summary>Valid CVR numbers (modulus 11), distinct and in a stable order.</summary>
    public static IEnumerable<string> CvrNumbers(int firstPrefix = 1_000_000)
    {
        int[] weights = [2, 7, 6, 5, 4, 3, 2, 1];
        for (var prefix = firstPrefix; prefix <= 9_999_999; prefix++)
        {
            var digits = prefix.ToString("D7");
            var sum = digits.Select((c, i) => (c - '0') * weights[i]).Sum();
            var check = (11 - sum % 11) % 11;
            if (check < 10) yield return digits + check;
        }
    }

    public static object Company(string cvr, string name, string? industryCode = null, string sector = "private") => new
    {
        cvr,
        name,
        industryCode,
        sector,
        address = new { street = "Bernstorffsvej 161", postalCode = "2920", city = "Charlottenlund" },
        website = "https://example.dk",
        employeeCount = 25,
    };

    public static async Task<CompanyDto> RegisterCompanyAsync(this HttpClient client, string cvr, string name, string? industryCode = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/companies", Company(cvr, name, industryCode));
        await response.ShouldBe(System.Net.HttpStatusCode.Created);
        return await response.ReadAsync<CompanyDto>();
    }

    public static async Task<PartnershipDto> ProposePartnershipAsync(this HttpClient client, Guid companyId, string status = "prospect")
    {
        var response = await client.PostAsJsonAsync("/api/v1/partnerships",
            new { companyId, schemes = new[] { "internship", "igu" }, committedSlotsPerYear = 4, status });
        await response.ShouldBe(System.Net.HttpStatusCode.Created);
        return await response.ReadAsync<PartnershipDto>();
    }
}
