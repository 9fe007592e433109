using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Partnerships;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Api.Tests.Partnerships;

public class PartnershipsTests(ApiFactory api) : ApiTest(api)
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Task<HttpResponseMessage> ChangeStatusAsync(HttpClient client, Guid id, string status, string? reason = null) =>
        client.PostAsJsonAsync($"/api/v1/partnerships/{id}/status", new { status, reason });

    [Fact]
    public async Task Starting_a_partnership_answers_201_as_a_prospect_with_the_caller_responsible()
    {
        var client = await ConsultantAsync("Anna Jensen");
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");

        var response = await client.PostAsJsonAsync("/api/v1/partnerships", new
        {
            companyId = company.Id,
            schemes = new[] { "internship", "wageSubsidy", "mentor" },
            committedSlotsPerYear = 6,
            notes = "Bageriet vil gerne tage to i praktik om året.",
        });

        await response.ShouldBe(HttpStatusCode.Created);
        var partnership = await response.ReadAsync<PartnershipDto>();
        Assert.Equal($"/api/v1/partnerships/{partnership.Id}", response.Headers.Location!.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(PartnershipStatus.Prospect, partnership.Status);
        Assert.Equal([Scheme.Internship, Scheme.WageSubsidy, Scheme.Mentor], partnership.Schemes);
        Assert.Equal(6, partnership.CommittedSlotsPerYear);
        Assert.Equal("Anna Jensen", partnership.ResponsibleConsultant.Name);
        Assert.Null(partnership.StartDate);
        Assert.Equivalent(partnership, await (await client.GetAsync(response.Headers.Location)).ReadAsync<PartnershipDto>(), strict: true);
    }

    [Fact]
    public async Task Another_consultant_can_be_named_responsible()
    {
        var client = await ConsultantAsync("Anna Jensen");
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var response = await client.PostAsJsonAsync("/api/v1/partnerships", new
        {
            companyId = company.Id,
            schemes = new[] { "igu" },
            committedSlotsPerYear = 2,
            responsibleConsultant = new { id = "bo", name = "Bo Larsen" },
        });
        await response.ShouldBe(HttpStatusCode.Created);
        Assert.Equal(new StaffMemberDto("bo", "Bo Larsen"), (await response.ReadAsync<PartnershipDto>()).ResponsibleConsultant);
    }

    [Fact]
    public async Task An_unknown_company_answers_404()
    {
        var client = await ConsultantAsync();
        await (await client.PostAsJsonAsync("/api/v1/partnerships",
            new { companyId = Guid.NewGuid(), schemes = new[] { "igu" }, committedSlotsPerYear = 1 })).ShouldBe(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/partnerships/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound);
        await (await ChangeStatusAsync(client, Guid.NewGuid(), "negotiating")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_company_has_at_most_one_partnership_that_is_not_ended()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var first = await client.ProposePartnershipAsync(company.Id);

        var problem = await (await client.PostAsJsonAsync("/api/v1/partnerships",
            new { companyId = company.Id, schemes = new[] { "igu" }, committedSlotsPerYear = 1 })).ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal(first.Id, problem.GetProperty("existingId").GetGuid());

        await (await ChangeStatusAsync(client, first.Id, "ended", "Ingen aftale")).ShouldBe(HttpStatusCode.OK);
        await client.ProposePartnershipAsync(company.Id);
    }

    [Fact]
    public async Task Two_requests_racing_for_the_same_company_create_one_partnership()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var body = new { companyId = company.Id, schemes = new[] { "igu" }, committedSlotsPerYear = 1 };

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.PostAsJsonAsync("/api/v1/partnerships", body)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var list = await (await client.GetAsync($"/api/v1/partnerships?companyId={company.Id}")).ReadAsync<Page<PartnershipDto>>();
        Assert.Single(list.Items);
    }

    [Fact]
    public async Task Walks_the_whole_life_of_a_partnership_setting_start_and_end_dates()
    {
        Api.Clock.StartAt(Monday);
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var partnership = await client.ProposePartnershipAsync(company.Id);

        await (await ChangeStatusAsync(client, partnership.Id, "negotiating")).ShouldBe(HttpStatusCode.OK);
        var active = await (await ChangeStatusAsync(client, partnership.Id, "active")).ReadAsync<PartnershipDto>();
        Assert.Equal(new DateOnly(2026, 3, 2), active.StartDate);
        Assert.True((await (await client.GetAsync($"/api/v1/companies/{company.Id}")).ReadAsync<CompanyDto>()).HasActivePartnership);

        Api.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(PartnershipStatus.Paused, (await (await ChangeStatusAsync(client, partnership.Id, "paused", "Sæsonlukket")).ReadAsync<PartnershipDto>()).Status);
        Assert.False((await (await client.GetAsync($"/api/v1/companies/{company.Id}")).ReadAsync<CompanyDto>()).HasActivePartnership);
        var resumed = await (await ChangeStatusAsync(client, partnership.Id, "active")).ReadAsync<PartnershipDto>();
        Assert.Equal(new DateOnly(2026, 3, 2), resumed.StartDate);

        Api.Clock.Advance(TimeSpan.FromDays(100));
        var ended = await (await ChangeStatusAsync(client, partnership.Id, "ended", "Virksomheden flytter")).ReadAsync<PartnershipDto>();
        Assert.Equal(PartnershipStatus.Ended, ended.Status);
        Assert.Equal(new DateOnly(2026, 7, 10), ended.EndDate);
        Assert.Equal("Virksomheden flytter", ended.StatusReason);
    }

    [Theory]
    [InlineData("prospect", "active")]
    [InlineData("prospect", "paused")]
    [InlineData("negotiating", "paused")]
    [InlineData("active", "negotiating")]
    [InlineData("active", "active")]
    public async Task A_transition_the_state_machine_does_not_allow_answers_422_invalid_transition(string from, string to)
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var partnership = await client.ProposePartnershipAsync(company.Id, from);

        var problem = await (await ChangeStatusAsync(client, partnership.Id, to)).ShouldBe(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("invalidTransition", problem.GetProperty("code").GetString());
        Assert.Equal(partnership.Status, (await (await client.GetAsync($"/api/v1/partnerships/{partnership.Id}")).ReadAsync<PartnershipDto>()).Status);
    }

    [Fact]
    public async Task Ended_is_final()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var partnership = await client.ProposePartnershipAsync(company.Id, "active");
        await (await ChangeStatusAsync(client, partnership.Id, "ended")).ShouldBe(HttpStatusCode.OK);

        foreach (var status in new[] { "prospect", "negotiating", "active", "paused", "ended" })
            Assert.Equal("invalidTransition",
                (await (await ChangeStatusAsync(client, partnership.Id, status)).ShouldBe(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString());
        await (await client.PutAsJsonAsync($"/api/v1/partnerships/{partnership.Id}",
            new { schemes = new[] { "igu" }, committedSlotsPerYear = 1 })).ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_partnership_cannot_begin_as_ended()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var problem = await (await client.PostAsJsonAsync("/api/v1/partnerships",
            new { companyId = company.Id, schemes = new[] { "igu" }, committedSlotsPerYear = 1, status = "ended" })).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("invalidTransition", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Putting_changes_schemes_slots_and_notes_and_honours_if_match()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var created = await client.PostAsJsonAsync("/api/v1/partnerships",
            new { companyId = company.Id, schemes = new[] { "igu" }, committedSlotsPerYear = 1 });
        var partnership = await created.ReadAsync<PartnershipDto>();

        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/partnerships/{partnership.Id}")
        {
            Content = JsonContent.Create(new { schemes = new[] { "apprenticeship", "jobRotation" }, committedSlotsPerYear = 3, notes = "Udvidet" }),
        };
        put.Headers.IfMatch.Add(created.Headers.ETag!);
        var response = await client.SendAsync(put);
        await response.ShouldBe(HttpStatusCode.OK);
        var revised = await response.ReadAsync<PartnershipDto>();
        Assert.Equal([Scheme.Apprenticeship, Scheme.JobRotation], revised.Schemes);
        Assert.Equal(3, revised.CommittedSlotsPerYear);
        Assert.Equal("Udvidet", revised.Notes);

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/partnerships/{partnership.Id}/status")
        {
            Content = JsonContent.Create(new { status = "negotiating" }),
        };
        stale.Headers.IfMatch.Add(created.Headers.ETag!);
        await (await client.SendAsync(stale)).ShouldBe(HttpStatusCode.PreconditionFailed);
        await (await client.PutAsJsonAsync($"/api/v1/partnerships/{Guid.NewGuid()}",
            new { schemes = new[] { "igu" }, committedSlotsPerYear = 1 })).ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{ "schemes": [], "committedSlotsPerYear": 1 }""", "schemes")]
    [InlineData("""{ "schemes": ["igu"], "committedSlotsPerYear": -1 }""", "committedSlotsPerYear")]
    [InlineData("""{ "schemes": ["igu"] }""", "committedSlotsPerYear")]
    [InlineData("""{ "schemes": ["cleaning"], "committedSlotsPerYear": 1 }""", "schemes[0]")]
    [InlineData("""{ "committedSlotsPerYear": 1 }""", "schemes")]
    public async Task Invalid_bodies_answer_400_naming_the_field(string body, string field)
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var json = body.Replace("{ ", $"{{ \"companyId\": \"{company.Id}\", ");

        var problem = await (await client.PostAsync("/api/v1/partnerships",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"))).ShouldBe(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_status_change_without_a_status_answers_400()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var partnership = await client.ProposePartnershipAsync(company.Id);
        var problem = await (await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/status", new { reason = "?" }))
            .ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Lists_newest_first_filtered_by_status_and_company()
    {
        var client = await ConsultantAsync();
        var cvrs = TestData.CvrNumbers().Take(3).ToArray();
        var ids = new List<Guid>();
        foreach (var (cvr, status) in cvrs.Zip(new[] { "prospect", "active", "active" }))
        {
            var company = await client.RegisterCompanyAsync(cvr, $"Firma {cvr}");
            ids.Add((await client.ProposePartnershipAsync(company.Id, status)).Id);
            Api.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        async Task<IEnumerable<Guid>> ListAsync(string query)
        {
            var response = await client.GetAsync($"/api/v1/partnerships{query}");
            await response.ShouldBe(HttpStatusCode.OK);
            return (await response.ReadAsync<Page<PartnershipDto>>()).Items.Select(p => p.Id);
        }

        Assert.Equal([ids[2], ids[1], ids[0]], await ListAsync(""));
        Assert.Equal([ids[2], ids[1]], await ListAsync("?status=active"));
        Assert.Equal([ids[0]], await ListAsync("?status=prospect"));
        var onePartnership = (await client.GetAsync($"/api/v1/partnerships/{ids[1]}")).ReadAsync<PartnershipDto>();
        Assert.Equal([ids[1]], await ListAsync($"?companyId={(await onePartnership).CompanyId}"));

        var firstPage = await (await client.GetAsync("/api/v1/partnerships?limit=2")).ReadAsync<Page<PartnershipDto>>();
        var secondPage = await (await client.GetAsync($"/api/v1/partnerships?limit=2&cursor={firstPage.NextCursor}")).ReadAsync<Page<PartnershipDto>>();
        Assert.Equal([ids[2], ids[1], ids[0]], firstPage.Items.Concat(secondPage.Items).Select(p => p.Id));
        await (await client.GetAsync("/api/v1/partnerships?status=dormant")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Analysts_read_partnerships_but_do_not_change_them()
    {
        var consultant = await ConsultantAsync();
        var company = await consultant.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var partnership = await consultant.ProposePartnershipAsync(company.Id);
        var analyst = await AnalystAsync();

        await (await analyst.GetAsync("/api/v1/partnerships")).ShouldBe(HttpStatusCode.OK);
        await (await analyst.GetAsync($"/api/v1/partnerships/{partnership.Id}")).ShouldBe(HttpStatusCode.OK);
        await (await ChangeStatusAsync(analyst, partnership.Id, "negotiating")).ShouldBe(HttpStatusCode.Forbidden);
        await (await analyst.PutAsJsonAsync($"/api/v1/partnerships/{partnership.Id}",
            new { schemes = new[] { "igu" }, committedSlotsPerYear = 1 })).ShouldBe(HttpStatusCode.Forbidden);
        await (await analyst.PostAsJsonAsync("/api/v1/partnerships",
            new { companyId = company.Id, schemes = new[] { "igu" }, committedSlotsPerYear = 1 })).ShouldBe(HttpStatusCode.Forbidden);
    }
}
