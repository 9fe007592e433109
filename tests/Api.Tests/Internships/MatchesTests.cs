using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Audit;
using PartnerCrm.Application.Candidates.MatchCandidates;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Internships;

namespace PartnerCrm.Api.Tests.Internships;

public class MatchesTests(ApiFactory api) : ApiTest(api)
{
    private async Task<(HttpClient Client, Guid CompanyId)> SetUpAsync()
    {
        Api.Clock.StartAt(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        return (client, company.Id);
    }

    private static async Task<InternshipDto> OfferAsync(HttpClient client, Guid companyId, string danishLevel) =>
        await (await client.PostAsJsonAsync("/api/v1/internships", new
        {
            companyId, title = "Køkkenhjælp", city = "Gentofte", postalCode = "2820", startDate = "2026-04-01",
            durationWeeks = 8, hoursPerWeek = 30, slots = 2, danishLevel,
        })).ReadAsync<InternshipDto>();

    [Fact]
    public async Task Candidates_meet_an_offer_by_the_danish_their_module_reaches_and_the_furthest_come_first()
    {
        var (client, companyId) = await SetUpAsync();
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-1", "DU2 module 6, arrived 2025", "DU2", 6, "2025-06-01"));
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-2", "DU3 module 1", "DU3", 1, "2025-09-01"));
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-3", "DU2 module 6, arrived 2024", "DU2", 6, "2024-11-01"));
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-4", "DU3 module 5", "DU3", 5, "2025-12-01"));
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-5", "DU3 module 4", "DU3", 4, "2026-01-01"));
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-6", "DU2 module 5", "DU2", 5, "2023-01-01"));
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-7", "DU1 module 6", "DU1", 6, "2023-01-01"));
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-8", "No course", null, 0, "2022-01-01"));
        var offer = await OfferAsync(client, companyId, "DU2");

        var response = await client.GetAsync($"/api/v1/internships/{offer.Id}/matches");

        await response.ShouldBe(HttpStatusCode.OK);
        var matches = await response.ReadAsync<CandidateMatchesDto>();
        // DU2 asks for B1, the level of Prøve i Dansk 2: DU3 module 5 reaches B2, DU3 module 4 B1+, DU2 module 6 B1.
        // A DU3 beginner (A1), DU2 module 5 (B1−), DU1 module 6 (A2) and no course do not meet it.
        Assert.Equal(
            ["DU3 module 5", "DU3 module 4", "DU2 module 6, arrived 2024", "DU2 module 6, arrived 2025"],
            matches.Items.Select(m => m.DisplayName));
        var first = matches.Items[0];
        Assert.Equal(91, first.DaysWaiting);
        Assert.Contains("DU3 module 5 reaches B2, which meets DU2 (B1)", first.Reason);
        Assert.Contains("91 days since arrival", first.Reason);
    }

    [Fact]
    public async Task Only_open_offers_have_matches()
    {
        var (client, companyId) = await SetUpAsync();
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-1", "Amira", "DU2", 6));
        var offer = await OfferAsync(client, companyId, "none");
        Assert.Single((await (await client.GetAsync($"/api/v1/internships/{offer.Id}/matches")).ReadAsync<CandidateMatchesDto>()).Items);
        foreach (var status in new[] { "filled" })
        {
            await client.PostAsJsonAsync($"/api/v1/internships/{offer.Id}/status", new { status });
            Assert.Empty((await (await client.GetAsync($"/api/v1/internships/{offer.Id}/matches")).ReadAsync<CandidateMatchesDto>()).Items);
        }
        var draft = await (await client.PostAsJsonAsync("/api/v1/internships", new
        {
            companyId, title = "Kladde", city = "Gentofte", postalCode = "2820", startDate = "2026-04-01",
            durationWeeks = 8, hoursPerWeek = 30, slots = 2, danishLevel = "none", status = "draft",
        })).ReadAsync<InternshipDto>();
        Assert.Empty((await (await client.GetAsync($"/api/v1/internships/{draft.Id}/matches")).ReadAsync<CandidateMatchesDto>()).Items);
    }

    [Fact]
    public async Task An_offer_asking_no_danish_takes_everyone_and_placed_or_erased_people_are_left_out()
    {
        var (client, companyId) = await SetUpAsync();
        var placed = await client.RegisterCandidateAsync(PeopleData.Candidate("J-1", "Already placed"));
        var finished = await client.RegisterCandidateAsync(PeopleData.Candidate("J-2", "Placement ended"));
        var erased = await client.RegisterCandidateAsync(PeopleData.Candidate("J-3", "Erased"));
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-4", "No course", null, 0, "2022-01-01"));
        await client.MakePlacementAsync(PeopleData.Placement(placed.Id, companyId, "ordinaryEmployment", "2026-04-01"));
        await client.MakePlacementAsync(PeopleData.Placement(finished.Id, companyId, "internship", "2026-01-05", "2026-02-27"));
        await client.DeleteAsync($"/api/v1/candidates/{erased.Id}");
        var offer = await OfferAsync(client, companyId, "none");

        var matches = await (await client.GetAsync($"/api/v1/internships/{offer.Id}/matches")).ReadAsync<CandidateMatchesDto>();

        Assert.Equal(["Placement ended", "No course"], matches.Items.Select(m => m.DisplayName));
        await (await client.GetAsync($"/api/v1/internships/{Guid.NewGuid()}/matches")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Matches_are_paged_with_a_cursor_in_the_same_order()
    {
        var (client, companyId) = await SetUpAsync();
        for (var i = 0; i < 7; i++)
            await client.RegisterCandidateAsync(PeopleData.Candidate($"J-{i}", $"Person {i}", i % 2 == 0 ? "DU2" : "DU3", 1 + i % 3, $"2025-0{1 + i}-01"));
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-9", "No course", null, 0, "2022-01-01"));
        var offer = await OfferAsync(client, companyId, "none");
        var everyone = await (await client.GetAsync($"/api/v1/internships/{offer.Id}/matches")).ReadAsync<CandidateMatchesDto>();
        Assert.Equal(8, everyone.Items.Count);
        Assert.Null(everyone.NextCursor);

        var pages = new List<CandidateMatchDto>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync($"/api/v1/internships/{offer.Id}/matches?limit=3{(cursor is null ? "" : $"&cursor={cursor}")}"))
                .ReadAsync<CandidateMatchesDto>();
            Assert.True(page.Items.Count is > 0 and <= 3);
            pages.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(everyone.Items.Select(m => m.CandidateId), pages.Select(m => m.CandidateId));
        Assert.Equal("No course", pages[^1].DisplayName);
        await (await client.GetAsync($"/api/v1/internships/{offer.Id}/matches?cursor=bm90IGEgY3Vyc29y")).ShouldBe(HttpStatusCode.BadRequest);
        await (await client.GetAsync($"/api/v1/internships/{offer.Id}/matches?limit=201")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Every_candidate_shown_as_a_match_is_an_audited_read()
    {
        var (client, companyId) = await SetUpAsync();
        var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate());
        var offer = await OfferAsync(client, companyId, "DU1");
        await client.GetAsync($"/api/v1/internships/{offer.Id}/matches");

        var trail = await (await (await AdminAsync()).GetAsync($"/api/v1/audit?entityId={candidate.Id}&action=read")).ReadAsync<Page<AuditEntryDto>>();
        Assert.Single(trail.Items);
    }
}
