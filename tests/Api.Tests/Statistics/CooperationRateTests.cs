using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Infrastructure.Statistics;

namespace PartnerCrm.Api.Tests.Statistics;

/// <summary>The summary's cooperation rate: of the companies in the CVR register still trading, those worked with in the last 12 months.</summary>
public class CooperationRateTests(ApiFactory api) : ApiTest(api)
{
    private readonly Queue<string> _cvrs = new(TestData.CvrNumbers(3_160_000).Take(20));
    private int _people;

    private DateOnly Today => DateOnly.FromDateTime(Application.Common.DanishTime.LocalTime(Api.Clock.GetUtcNow()));

    [Fact]
    public async Task Companies_in_the_register_with_an_activity_a_partnership_or_a_placement_in_the_last_12_months_count_as_cooperating()
    {
        var client = await ConsultantAsync();
        var longAgo = Api.Clock.GetUtcNow().AddDays(-400);

        // Cooperating: an activity, a partnership of any status not ended, a placement running, a partnership ended this year.
        await LogActivityAsync(client, await InRegisterAsync(client, "Bageriet"), Api.Clock.GetUtcNow().AddDays(-10));
        await client.ProposePartnershipAsync(await InRegisterAsync(client, "Cykelsmeden"));
        await PlaceAsync(client, await InRegisterAsync(client, "Dagligvarer"), Today.AddMonths(-14).ToString("yyyy-MM-dd"), Today.AddMonths(-2).ToString("yyyy-MM-dd"));
        await LogActivityAsync(client, await InRegisterAsync(client, "Elektrikeren"), Api.Clock.GetUtcNow().AddDays(-360));
        var ended = await client.ProposePartnershipAsync(await InRegisterAsync(client, "Frisøren"));
        await (await client.PostAsJsonAsync($"/api/v1/partnerships/{ended.Id}/status", new { status = "ended" })).ShouldBe(HttpStatusCode.OK);
        // Not cooperating: an activity 400 days ago, a partnership ended 400 days ago, a placement that ended 13 months ago, nothing.
        await LogActivityAsync(client, await InRegisterAsync(client, "Glarmesteren"), longAgo);
        var now = Api.Clock.GetUtcNow();
        Api.Clock.StartAt(longAgo);
        var endedLongAgo = await client.ProposePartnershipAsync(await InRegisterAsync(client, "Hattemageren"));
        await (await client.PostAsJsonAsync($"/api/v1/partnerships/{endedLongAgo.Id}/status", new { status = "ended" })).ShouldBe(HttpStatusCode.OK);
        Api.Clock.StartAt(now);
        await PlaceAsync(client, await InRegisterAsync(client, "Isenkræmmeren"), Today.AddMonths(-20).ToString("yyyy-MM-dd"), Today.AddMonths(-13).ToString("yyyy-MM-dd"));
        await InRegisterAsync(client, "Juveleren");
        // Outside the count: ceased, or not in the register, however much the jobcentre works with them.
        var ceased = await InRegisterAsync(client, "Købmanden", ceasedOn: Today);
        await LogActivityAsync(client, ceased, Api.Clock.GetUtcNow().AddDays(-1));
        var notInRegister = (await client.RegisterCompanyAsync(_cvrs.Dequeue(), "Låsesmeden")).Id;
        await LogActivityAsync(client, notInRegister, Api.Clock.GetUtcNow().AddDays(-1));
        await InRegisterAsync(client, "Maleren", ceasedOn: Today.AddDays(1));

        var summary = await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/summary")).ShouldBe(HttpStatusCode.OK);

        var rate = summary.GetProperty("cooperationRate");
        Assert.Equal(10, rate.GetProperty("companies").GetInt64());
        Assert.Equal(5, rate.GetProperty("active").GetInt64());
        Assert.Equal(0.5m, rate.GetProperty("rate").GetDecimal());
        var csv = Encoding.UTF8.GetString(await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/summary?format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("cooperationRate,0.5", csv);
        Assert.Contains("registerCompanies,10", csv);
    }

    [Fact]
    public async Task A_small_number_of_cooperating_companies_is_hidden_and_so_is_the_rate()
    {
        var client = await ConsultantAsync();
        for (var i = 0; i < 2; i++) await client.ProposePartnershipAsync(await InRegisterAsync(client, $"Samarbejde {i}"));
        for (var i = 0; i < 6; i++) await InRegisterAsync(client, $"Uden samarbejde {i}");

        var summary = await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/summary")).ShouldBe(HttpStatusCode.OK);

        var rate = summary.GetProperty("cooperationRate");
        Assert.Equal(8, rate.GetProperty("companies").GetInt64());
        Assert.Equal(JsonValueKind.Null, rate.GetProperty("active").ValueKind);
        Assert.Equal(JsonValueKind.Null, rate.GetProperty("rate").ValueKind);
        var csv = Encoding.UTF8.GetString(await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/summary?format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("cooperatingRegisterCompanies,<5", csv);
    }

    [Fact]
    public async Task Without_companies_in_the_register_there_is_no_rate()
    {
        var client = await ConsultantAsync();
        await client.ProposePartnershipAsync((await client.RegisterCompanyAsync(_cvrs.Dequeue(), "Uden for registeret")).Id);

        var rate = (await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/summary")).ShouldBe(HttpStatusCode.OK)).GetProperty("cooperationRate");

        Assert.Equal(0, rate.GetProperty("companies").GetInt64());
        Assert.Equal(0, rate.GetProperty("active").GetInt64());
        Assert.Equal(JsonValueKind.Null, rate.GetProperty("rate").ValueKind);
    }

    [Fact]
    public async Task The_sql_form_of_ceased_agrees_with_the_domain_on_every_boundary_day()
    {
        var client = await ConsultantAsync();
        var ceasedOn = new Dictionary<Guid, DateOnly?> { [await InRegisterAsync(client, "Aldrig ophørt")] = null };
        var day = new DateOnly(2026, 6, 15);
        ceasedOn[await InRegisterAsync(client, "Ophørt midt i juni", ceasedOn: day)] = day;
        ceasedOn[await InRegisterAsync(client, "Ophørt dagen efter", ceasedOn: day.AddDays(1))] = day.AddDays(1);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();

        foreach (var today in Enumerable.Range(-2, 5).Select(day.AddDays))
        {
            await using var command = new NpgsqlCommand($"SELECT c.id, {CompanySql.HasCeased()}, c.ceased_on FROM companies c", connection);
            command.Parameters.AddWithValue("today", today);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var company = Company.Register(Cvr.Parse("31580005"), new CompanyDetails("Prøve", null, Sector.Private, null, null, null, ceasedOn[reader.GetGuid(0)]));
                Assert.Equal(company.HasCeasedBy(today), reader.GetBoolean(1));
            }
        }
    }

    /// <summary>A company the register's extract delivered (and, with a date, one it says has ceased).</summary>
    private async Task<Guid> InRegisterAsync(HttpClient client, string name, DateOnly? ceasedOn = null)
    {
        var company = await client.RegisterCompanyAsync(_cvrs.Dequeue(), name);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand(
            "UPDATE companies SET register_record = jsonb_build_object('name', name), ceased_on = @ceasedOn WHERE id = @id", connection);
        update.Parameters.AddWithValue("id", company.Id);
        update.Parameters.Add(new NpgsqlParameter("ceasedOn", NpgsqlTypes.NpgsqlDbType.Date) { Value = (object?)ceasedOn ?? DBNull.Value });
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
        return company.Id;
    }

    private static async Task LogActivityAsync(HttpClient client, Guid companyId, DateTimeOffset occurredAt) =>
        await (await client.PostAsJsonAsync($"/api/v1/companies/{companyId}/activities", new { kind = "call", occurredAt, summary = "Opkald om praktikpladser" }))
            .ShouldBe(HttpStatusCode.Created);

    private async Task PlaceAsync(HttpClient client, Guid companyId, string start, string end)
    {
        var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate($"S-{++_people}", $"Person {_people}"));
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidate.Id, companyId, "ordinaryEmployment", start));
        await (await client.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/end", new { endDate = end, endReason = "completed" })).ShouldBe(HttpStatusCode.OK);
    }
}
