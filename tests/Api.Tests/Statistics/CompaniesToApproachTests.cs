using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Api.Tests.Statistics;

/// <summary>A recommendation to recruit partners in an industry names the industry's companies to approach first.</summary>
public class CompaniesToApproachTests(ApiFactory api) : ApiTest(api)
{
    private readonly Queue<string> _cvrs = new(TestData.CvrNumbers(3_170_000).Take(30));

    [Fact]
    public async Task A_recruiting_recommendation_names_up_to_ten_register_companies_without_a_partnership_largest_first()
    {
        var client = await ConsultantAsync();
        await IndustryWherePeopleStayAsync(client, "562100");
        await InRegisterAsync(client, "Stor Restaurant", "561010", 200);
        var formerPartner = await InRegisterAsync(client, "Tidligere Partner", "563000", 150);
        var ended = await client.ProposePartnershipAsync(formerPartner);
        await (await client.PostAsJsonAsync($"/api/v1/partnerships/{ended.Id}/status", new { status = "ended" })).ShouldBe(HttpStatusCode.OK);
        await InRegisterAsync(client, "Æblehaven", "561010", 40);
        await InRegisterAsync(client, "Zebra Bar", "563000", 40);
        for (var i = 0; i < 6; i++) await InRegisterAsync(client, $"Café {(char)('A' + i)}", "561010", 30 - i);
        await InRegisterAsync(client, "Ukendt Størrelse", "561010", null);
        await InRegisterAsync(client, "Lille Café", "561010", 3);
        // Not to approach: a partnership not ended, ceased, not in the register, another industry.
        await client.ProposePartnershipAsync(await InRegisterAsync(client, "Partnerkantinen", "562900", 500));
        await InRegisterAsync(client, "Ophørt Kro", "561010", 300, ceasedOn: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));
        await client.RegisterCompanyAsync(_cvrs.Dequeue(), "Uden For Registeret", "561010");
        await InRegisterAsync(client, "Supermarkedet", "471100", 1000);

        var body = await (await (await AnalystAsync()).GetAsync("/api/v1/recommendations/partnerships")).ShouldBe(HttpStatusCode.OK);

        var recruit = body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "recruitIndustry");
        Assert.Equal("56", recruit.GetProperty("industry").GetString());
        var companies = recruit.GetProperty("companiesToApproach").EnumerateArray().ToList();
        Assert.Equal(
            ["Stor Restaurant", "Tidligere Partner", "Zebra Bar", "Æblehaven", "Café A", "Café B", "Café C", "Café D", "Café E", "Café F"],
            companies.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(200, companies[0].GetProperty("employeeCount").GetInt32());
        Assert.Equal(formerPartner, companies[1].GetProperty("id").GetGuid());
        Assert.Matches("^[1-9][0-9]{7}$", companies[0].GetProperty("cvr").GetString());
        Assert.All(body.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() != "recruitIndustry"),
            other => Assert.True(!other.TryGetProperty("companiesToApproach", out var none) || none.ValueKind == JsonValueKind.Null));

        var report = await (await (await AnalystAsync()).GetAsync("/api/v1/reports/committee?lang=da")).Content.ReadAsStringAsync();
        Assert.Contains("Virksomheder at kontakte først:", report);
        Assert.Contains("Stor Restaurant (CVR ", report);
        Assert.Contains(", 200 ansatte)", report);
        var markdown = await (await (await AnalystAsync()).GetAsync("/api/v1/reports/committee?lang=en&format=markdown")).Content.ReadAsStringAsync();
        Assert.Contains("   Companies to approach first:", markdown);
        Assert.Contains("   - Zebra Bar \\(CVR ", markdown);
    }

    /// <summary>
    /// An industry where 5 of 5 people followed up after 6 months still work at the company, at a company with no
    /// partnership: the recruiting rule fires for it.
    /// </summary>
    private async Task IndustryWherePeopleStayAsync(HttpClient client, string industryCode)
    {
        var company = await client.RegisterCompanyAsync(_cvrs.Dequeue(), "Restauranten Hvor Folk Bliver", industryCode);
        var now = Api.Clock.GetUtcNow();
        Api.Clock.StartAt(now.AddDays(-250));
        var start = DateOnly.FromDateTime(now.AddDays(-250).UtcDateTime).ToString("yyyy-MM-dd");
        var placements = new List<Application.Placements.PlacementDto>();
        for (var i = 0; i < 5; i++)
        {
            var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate($"R-{i}", $"Person {i}"));
            placements.Add(await client.MakePlacementAsync(PeopleData.Placement(candidate.Id, company.Id, "ordinaryEmployment", start)));
        }
        Api.Clock.StartAt(now);
        foreach (var placement in placements)
        {
            var sixMonths = placement.FollowUps.Single(f => f.Milestone == Milestone.SixMonths);
            await (await client.PostAsJsonAsync($"/api/v1/follow-ups/{sixMonths.Id}/complete", new { outcome = "employedSameCompany" })).ShouldBe(HttpStatusCode.OK);
        }
    }

    private async Task<Guid> InRegisterAsync(HttpClient client, string name, string industryCode, int? employees, DateOnly? ceasedOn = null)
    {
        var company = await client.RegisterCompanyAsync(_cvrs.Dequeue(), name, industryCode);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand(
            "UPDATE companies SET register_record = jsonb_build_object('name', name), employee_count = @employees, ceased_on = @ceasedOn WHERE id = @id", connection);
        update.Parameters.AddWithValue("id", company.Id);
        update.Parameters.Add(new NpgsqlParameter("employees", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)employees ?? DBNull.Value });
        update.Parameters.Add(new NpgsqlParameter("ceasedOn", NpgsqlTypes.NpgsqlDbType.Date) { Value = (object?)ceasedOn ?? DBNull.Value });
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
        return company.Id;
    }
}
