using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Api.Tests.Companies;

public class ActivitiesTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Recording_an_activity_answers_201_and_names_who_recorded_it()
    {
        var client = await ConsultantAsync("Anna Jensen");
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");

        var response = await client.PostAsJsonAsync($"/api/v1/companies/{company.Id}/activities", new
        {
            kind = "meeting",
            occurredAt = "2026-11-20T09:30:00Z",
            summary = "Møde om to praktikpladser i bageriet",
            nextActionOn = "2026-12-01",
        });

        await response.ShouldBe(HttpStatusCode.Created);
        var activity = await response.ReadAsync<ActivityDto>();
        Assert.Equal(ActivityKind.Meeting, activity.Kind);
        Assert.Equal(new DateOnly(2026, 12, 1), activity.NextActionOn);
        Assert.Equal("Anna Jensen", activity.RecordedBy.Name);
        Assert.Equal(activity, await (await client.GetAsync(response.Headers.Location)).ReadAsync<ActivityDto>());
    }

    [Fact]
    public async Task Activities_are_listed_newest_first()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        foreach (var (kind, day) in new[] { ("call", 3), ("visit", 10), ("email", 7), ("note", 1) })
            await (await client.PostAsJsonAsync($"/api/v1/companies/{company.Id}/activities",
                new { kind, occurredAt = $"2026-11-{day:D2}T12:00:00+01:00", summary = $"{kind} on day {day}" })).ShouldBe(HttpStatusCode.Created);

        var firstPage = await (await client.GetAsync($"/api/v1/companies/{company.Id}/activities?limit=3")).ReadAsync<Page<ActivityDto>>();
        var secondPage = await (await client.GetAsync($"/api/v1/companies/{company.Id}/activities?limit=3&cursor={firstPage.NextCursor}")).ReadAsync<Page<ActivityDto>>();

        Assert.Equal([ActivityKind.Visit, ActivityKind.Email, ActivityKind.Call], firstPage.Items.Select(a => a.Kind));
        Assert.Equal([ActivityKind.Note], secondPage.Items.Select(a => a.Kind));
        Assert.Null(secondPage.NextCursor);
    }

    [Fact]
    public async Task Analysts_read_activities_but_do_not_record_them()
    {
        var consultant = await ConsultantAsync();
        var company = await consultant.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var analyst = await AnalystAsync();

        await (await analyst.GetAsync($"/api/v1/companies/{company.Id}/activities")).ShouldBe(HttpStatusCode.OK);
        await (await analyst.PostAsJsonAsync($"/api/v1/companies/{company.Id}/activities",
            new { kind = "call", occurredAt = "2026-11-20T09:30:00Z", summary = "x" })).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("""{ "occurredAt": "2026-11-20T09:30:00Z", "summary": "no kind" }""", "kind")]
    [InlineData("""{ "kind": "call", "summary": "no time" }""", "occurredAt")]
    [InlineData("""{ "kind": "call", "occurredAt": "2026-11-20T09:30:00Z", "summary": "" }""", "summary")]
    [InlineData("""{ "kind": "telegram", "occurredAt": "2026-11-20T09:30:00Z", "summary": "x" }""", "kind")]
    [InlineData("""{ "kind": "call", "occurredAt": "2026-11-20T09:30:00Z", "summary": "x", "nextActionOn": "01-12-2026" }""", "nextActionOn")]
    public async Task Invalid_activities_answer_400_naming_the_field(string body, string field)
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var problem = await (await client.PostAsync($"/api/v1/companies/{company.Id}/activities",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task An_unknown_company_answers_404()
    {
        var client = await ConsultantAsync();
        await (await client.PostAsJsonAsync($"/api/v1/companies/{Guid.NewGuid()}/activities",
            new { kind = "call", occurredAt = "2026-11-20T09:30:00Z", summary = "x" })).ShouldBe(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/companies/{Guid.NewGuid()}/activities")).ShouldBe(HttpStatusCode.NotFound);
    }
}
