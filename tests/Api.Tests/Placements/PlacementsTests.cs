using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Internships;
using PartnerCrm.Application.Placements;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Api.Tests.Placements;

public class PlacementsTests(ApiFactory api) : ApiTest(api)
{
    private static readonly DateTimeOffset March2 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private async Task<(HttpClient Client, Guid CandidateId, Guid CompanyId)> SetUpAsync(string sector = "private")
    {
        Api.Clock.StartAt(March2);
        var client = await ConsultantAsync("Anna Jensen");
        var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate());
        var created = await client.PostAsJsonAsync("/api/v1/companies", TestData.Company("13585628", "Gentofte Bageri", sector: sector));
        var company = await created.ReadAsync<Application.Companies.CompanyDto>();
        return (client, candidate.Id, company.Id);
    }

    [Fact]
    public async Task Making_a_placement_answers_201_with_its_follow_ups_and_the_consultant()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var partnership = await client.ProposePartnershipAsync(companyId, "active");

        var response = await client.PostAsJsonAsync("/api/v1/placements", PeopleData.Placement(candidateId, companyId, "wageSubsidy", "2026-04-01", "2026-09-30"));

        await response.ShouldBe(HttpStatusCode.Created);
        var placement = await response.ReadAsync<PlacementDto>();
        Assert.Equal($"/api/v1/placements/{placement.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(partnership.Id, placement.PartnershipId);
        Assert.Equal(PlacementStatus.Planned, placement.Status);
        Assert.Equal("Anna Jensen", placement.Consultant.Name);
        Assert.Equal([Milestone.OneMonth, Milestone.ThreeMonths, Milestone.SixMonths, Milestone.TwelveMonths], placement.FollowUps.Select(f => f.Milestone));
        Assert.Equal(new DateOnly(2026, 5, 1), placement.FollowUps[0].DueDate);
        var fetched = await (await client.GetAsync(response.Headers.Location)).JsonAsync();
        Assert.Equal(["1m", "3m", "6m", "12m"], fetched.GetProperty("followUps").EnumerateArray().Select(f => f.GetProperty("milestone").GetString()));
    }

    [Fact]
    public async Task Without_a_partnership_that_is_not_ended_the_placement_has_none()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var ended = await client.ProposePartnershipAsync(companyId);
        await client.PostAsJsonAsync($"/api/v1/partnerships/{ended.Id}/status", new { status = "ended" });
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "ordinaryEmployment", "2026-04-01"));
        Assert.Null(placement.PartnershipId);
    }

    [Theory]
    [InlineData("internship", null, 30, null, "private", "missingPlannedEnd")]
    [InlineData("internship", "2026-07-03", 30, null, "private", "durationExceeded")]
    [InlineData("internship", "2026-10-02", 30, true, "private", "durationExceeded")]
    [InlineData("wageSubsidy", null, 30, null, "private", "missingPlannedEnd")]
    [InlineData("wageSubsidy", "2026-10-03", 30, null, "private", "durationExceeded")]
    [InlineData("wageSubsidy", "2026-08-03", 30, null, "public", "durationExceeded")]
    [InlineData("igu", "2028-04-03", 30, null, "private", "durationExceeded")]
    [InlineData("igu", null, 24, null, "private", "hoursTooLow")]
    public async Task A_placement_beyond_its_schemes_legal_limit_answers_422_with_the_rule(
        string type, string? plannedEnd, int hours, bool? extended, string sector, string code)
    {
        var (client, candidateId, companyId) = await SetUpAsync(sector);
        var problem = await (await client.PostAsJsonAsync("/api/v1/placements",
            PeopleData.Placement(candidateId, companyId, type, "2026-04-02", plannedEnd, hours, extended))).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Empty((await (await client.GetAsync("/api/v1/placements")).ReadAsync<Page<PlacementDto>>()).Items);
    }

    [Theory]
    [InlineData("internship", "2026-07-02", null)]
    [InlineData("internship", "2026-10-01", true)]
    [InlineData("wageSubsidy", "2026-10-02", null)]
    [InlineData("igu", "2028-04-02", null)]
    [InlineData("ordinaryEmployment", null, null)]
    [InlineData("apprenticeship", null, null)]
    public async Task A_placement_at_its_schemes_limit_is_made(string type, string? plannedEnd, bool? extended)
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, type, "2026-04-02", plannedEnd, 30, extended));
    }

    [Fact]
    public async Task An_igu_ends_24_months_after_its_start_unless_told_otherwise()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "igu", "2026-04-02", hoursPerWeek: 25));
        Assert.Equal(new DateOnly(2028, 4, 2), placement.PlannedEndDate);
        Assert.Equal(Milestone.TwentyFourMonths, placement.FollowUps[^1].Milestone);
    }

    [Fact]
    public async Task Status_moves_with_the_clock()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "internship", "2026-03-09", "2026-05-29"));
        async Task<PlacementStatus> StatusAsync() => (await (await client.GetAsync($"/api/v1/placements/{placement.Id}")).ReadAsync<PlacementDto>()).Status;

        Assert.Equal(PlacementStatus.Planned, await StatusAsync());
        Api.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(PlacementStatus.Active, await StatusAsync());
        Api.Clock.Advance(TimeSpan.FromDays(82));
        Assert.Equal(PlacementStatus.Ended, await StatusAsync());
        var ended = (await (await client.GetAsync("/api/v1/placements?status=ended")).ReadAsync<Page<PlacementDto>>()).Items;
        Assert.Equal([placement.Id], ended.Select(p => p.Id));
        Assert.Empty((await (await client.GetAsync("/api/v1/placements?status=active")).ReadAsync<Page<PlacementDto>>()).Items);
    }

    [Fact]
    public async Task A_placement_ends_once()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "ordinaryEmployment", "2026-03-02"));

        var read = await client.GetAsync($"/api/v1/placements/{placement.Id}");
        Assert.NotNull(read.Headers.ETag);
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/placements/{placement.Id}/end")
        {
            Content = JsonContent.Create(new { endDate = "2026-06-30", endReason = "hiredElsewhere" }),
        };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        await (await client.SendAsync(stale)).ShouldBe(HttpStatusCode.PreconditionFailed);
        var current = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/placements/{placement.Id}/end")
        {
            Content = JsonContent.Create(new { endDate = "2026-06-30", endReason = "hiredElsewhere" }),
        };
        current.Headers.IfMatch.Add(read.Headers.ETag!);
        var ended = await client.SendAsync(current);
        await ended.ShouldBe(HttpStatusCode.OK);
        var body = await ended.ReadAsync<PlacementDto>();
        Assert.Equal((new DateOnly(2026, 6, 30), EndReason.HiredElsewhere), (body.EndDate!.Value, body.EndReason!.Value));

        await (await client.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/end", new { endDate = "2026-07-01", endReason = "other" }))
            .ShouldBe(HttpStatusCode.Conflict);
        await (await client.PostAsJsonAsync($"/api/v1/placements/{Guid.NewGuid()}/end", new { endDate = "2026-07-01", endReason = "other" }))
            .ShouldBe(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/end", new { endDate = "2026-07-01" }))
            .ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_and_erased_candidates_and_unknown_companies_answer_404()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        await (await client.PostAsJsonAsync("/api/v1/placements", PeopleData.Placement(Guid.NewGuid(), companyId, "ordinaryEmployment", "2026-04-01")))
            .ShouldBe(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync("/api/v1/placements", PeopleData.Placement(candidateId, Guid.NewGuid(), "ordinaryEmployment", "2026-04-01")))
            .ShouldBe(HttpStatusCode.NotFound);
        await client.DeleteAsync($"/api/v1/candidates/{candidateId}");
        await (await client.PostAsJsonAsync("/api/v1/placements", PeopleData.Placement(candidateId, companyId, "ordinaryEmployment", "2026-04-01")))
            .ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Placements_linked_to_an_offer_fill_it_when_they_take_every_place()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var second = await client.RegisterCandidateAsync(PeopleData.Candidate("J-2026-002", "Yonas"));
        var offer = await (await client.PostAsJsonAsync("/api/v1/internships", new
        {
            companyId, title = "Køkkenhjælp", city = "Gentofte", postalCode = "2820", startDate = "2026-04-01",
            durationWeeks = 8, hoursPerWeek = 30, slots = 2,
        })).ReadAsync<InternshipDto>();

        var first = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "internship", "2026-04-01", "2026-05-27", internshipId: offer.Id));
        Assert.Equal(offer.Id, first.InternshipId);
        Assert.Equal(InternshipStatus.Open, (await (await client.GetAsync($"/api/v1/internships/{offer.Id}")).ReadAsync<InternshipDto>()).Status);
        await client.MakePlacementAsync(PeopleData.Placement(second.Id, companyId, "internship", "2026-04-01", "2026-05-27", internshipId: offer.Id));
        Assert.Equal(InternshipStatus.Filled, (await (await client.GetAsync($"/api/v1/internships/{offer.Id}")).ReadAsync<InternshipDto>()).Status);

        var third = await client.RegisterCandidateAsync(PeopleData.Candidate("J-2026-003", "Sara"));
        var full = await (await client.PostAsJsonAsync("/api/v1/placements",
            PeopleData.Placement(third.Id, companyId, "internship", "2026-04-01", "2026-05-27", internshipId: offer.Id))).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("offerFull", full.GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_offer_of_another_company_cannot_be_linked()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var other = await client.RegisterCompanyAsync("62761113", "Hellerup Rengøring");
        var offer = await (await client.PostAsJsonAsync("/api/v1/internships", new
        {
            companyId = other.Id, title = "Rengøring", city = "Hellerup", postalCode = "2900", startDate = "2026-04-01",
            durationWeeks = 8, hoursPerWeek = 30, slots = 1,
        })).ReadAsync<InternshipDto>();
        var problem = await (await client.PostAsJsonAsync("/api/v1/placements",
            PeopleData.Placement(candidateId, companyId, "internship", "2026-04-01", "2026-05-27", internshipId: offer.Id))).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("internshipOfAnotherCompany", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Lists_filter_by_candidate_company_and_type()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var other = await client.RegisterCandidateAsync(PeopleData.Candidate("J-2026-002", "Yonas"));
        await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "internship", "2026-03-02", "2026-05-01"));
        await client.MakePlacementAsync(PeopleData.Placement(other.Id, companyId, "ordinaryEmployment", "2026-06-01"));

        async Task<IEnumerable<PlacementType>> TypesAsync(string query) =>
            (await (await client.GetAsync($"/api/v1/placements{query}")).ReadAsync<Page<PlacementDto>>()).Items.Select(p => p.Type);

        Assert.Equal([PlacementType.OrdinaryEmployment, PlacementType.Internship], await TypesAsync(""));
        Assert.Equal([PlacementType.Internship], await TypesAsync($"?candidateId={candidateId}"));
        Assert.Equal([PlacementType.OrdinaryEmployment], await TypesAsync("?type=ordinaryEmployment"));
        Assert.Equal(2, (await TypesAsync($"?companyId={companyId}")).Count());
        await (await client.GetAsync("/api/v1/placements?type=volunteering")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Hours_are_kept_to_one_decimal()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var problem = await (await client.PostAsJsonAsync("/api/v1/placements",
            PeopleData.Placement(candidateId, companyId, "ordinaryEmployment", "2026-04-01", hoursPerWeek: 30.25m))).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("hoursPerWeek", out _));
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "ordinaryEmployment", "2026-04-01", hoursPerWeek: 30.5m));
        Assert.Equal(30.5m, (await (await client.GetAsync($"/api/v1/placements/{placement.Id}")).ReadAsync<PlacementDto>()).HoursPerWeek);
    }

    [Fact]
    public async Task A_job_title_that_looks_like_a_cpr_number_is_refused()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(PeopleData.Placement(candidateId, companyId, "ordinaryEmployment", "2026-04-01"), JsonOptions)!.AsObject();
        body["jobTitle"] = "Kok 010190-1234";
        var problem = await (await client.PostAsJsonAsync("/api/v1/placements", body)).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("jobTitle", out _));
    }
}
