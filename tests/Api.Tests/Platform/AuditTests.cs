using System.Net;
using System.Net.Http.Json;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Audit;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Tests.Platform;

public class AuditTests(ApiFactory api) : ApiTest(api)
{
    private async Task<IReadOnlyList<AuditEntryDto>> TrailAsync(string query = "")
    {
        var response = await (await AdminAsync()).GetAsync($"/api/v1/audit{query}");
        await response.ShouldBe(HttpStatusCode.OK);
        return (await response.ReadAsync<Page<AuditEntryDto>>()).Items;
    }

    [Fact]
    public async Task Every_write_is_recorded_with_who_what_and_the_request()
    {
        var consultant = await ConsultantAsync("Anna Jensen");
        var company = await consultant.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        await consultant.PutAsJsonAsync($"/api/v1/companies/{company.Id}", TestData.Company("13585628", "Gentofte Bageri ApS"));
        var partnership = await consultant.ProposePartnershipAsync(company.Id);
        var failed = await consultant.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/status", new { status = "active" });
        var failedTrace = (await failed.JsonAsync()).GetProperty("traceId").GetString();
        await consultant.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/status", new { status = "negotiating" });
        var key = await consultant.IssueKeyAsync(company.Id);
        await consultant.DeleteAsync($"/api/v1/companies/{company.Id}/api-keys/{key.Id}");

        var trail = await TrailAsync();

        Assert.Equal(
            [("revoke", "apiKey"), ("create", "apiKey"), ("statusChange", "partnership"), ("create", "partnership"), ("update", "company"), ("create", "company")],
            trail.Select(e => (e.Action, e.Entity)));
        Assert.Single(trail.Select(e => e.Actor).Distinct());
        Assert.StartsWith("dev-", trail[0].Actor);
        Assert.DoesNotContain(trail, e => e.TraceId == failedTrace);
        Assert.Equal(company.Id, trail[^1].EntityId);
    }

    [Fact]
    public async Task Employer_writes_name_the_api_key()
    {
        var staff = await ConsultantAsync();
        var (_, key, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer());

        var entry = Assert.Single(await TrailAsync("?entity=internship"));
        Assert.Equal((key.Id.ToString(), "create"), (entry.Actor, entry.Action));
        Assert.Single(await TrailAsync($"?actor={key.Id}"));
    }

    [Fact]
    public async Task Filters_and_paging_walk_the_trail_newest_first()
    {
        var consultant = await ConsultantAsync();
        foreach (var cvr in TestData.CvrNumbers().Take(5)) await consultant.RegisterCompanyAsync(cvr, $"Firma {cvr}");

        var firstPage = await (await (await AdminAsync()).GetAsync("/api/v1/audit?entity=company&action=create&limit=3")).ReadAsync<Page<AuditEntryDto>>();
        var secondPage = await (await (await AdminAsync()).GetAsync($"/api/v1/audit?entity=company&action=create&limit=3&cursor={firstPage.NextCursor}")).ReadAsync<Page<AuditEntryDto>>();
        var ids = firstPage.Items.Concat(secondPage.Items).Select(e => e.Id).ToList();
        Assert.Equal(5, ids.Count);
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Null(secondPage.NextCursor);
    }

    [Fact]
    public async Task Only_admins_read_the_trail()
    {
        await (await (await ConsultantAsync()).GetAsync("/api/v1/audit")).ShouldBe(HttpStatusCode.Forbidden);
        await (await (await AnalystAsync()).GetAsync("/api/v1/audit")).ShouldBe(HttpStatusCode.Forbidden);
        await (await Api.CreateClient().GetAsync("/api/v1/audit")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_trail_is_append_only_in_the_database_itself()
    {
        var consultant = await ConsultantAsync();
        await consultant.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { "UPDATE audit_entries SET actor = 'someone else'", "DELETE FROM audit_entries" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", refused.MessageText);
        }
        Assert.Single(await TrailAsync());
    }

    [Fact]
    public async Task Erasure_is_recorded_as_erase_and_keeps_the_trail()
    {
        var consultant = await ConsultantAsync();
        var candidate = await consultant.RegisterCandidateAsync(PeopleData.Candidate());
        await consultant.DeleteAsync($"/api/v1/candidates/{candidate.Id}");
        Assert.Equal(["erase", "create"], (await TrailAsync($"?entityId={candidate.Id}")).Select(e => e.Action));
    }
}
