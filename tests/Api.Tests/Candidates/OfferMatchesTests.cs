using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Audit;
using PartnerCrm.Application.Candidates.MatchOffers;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Internships;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Api.Tests.Candidates;

/// <summary>Matching from the candidate's side: the open offers whose Danish the person's module reaches.</summary>
public class OfferMatchesTests(ApiFactory api) : ApiTest(api)
{
    private static async Task<InternshipDto> OfferAsync(HttpClient client, Guid companyId, string title, string danishLevel, string startDate, string? status = null) =>
        await (await client.PostAsJsonAsync("/api/v1/internships", new
        {
            companyId, title, city = "Gentofte", postalCode = "2820", startDate, durationWeeks = 8, hoursPerWeek = 30, slots = 2, danishLevel, status,
        })).ReadAsync<InternshipDto>();

    [Fact]
    public async Task A_candidate_sees_the_open_offers_their_danish_meets_the_most_demanding_first()
    {
        Api.Clock.StartAt(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate("J-1", "Amira", "DU2", 6));
        var none = await OfferAsync(client, company.Id, "Uden dansk", "none", "2026-04-01");
        var du1Late = await OfferAsync(client, company.Id, "DU1 senere", "DU1", "2026-06-01");
        var du1Soon = await OfferAsync(client, company.Id, "DU1 snart", "DU1", "2026-04-01");
        var du2 = await OfferAsync(client, company.Id, "DU2", "DU2", "2026-05-01");
        await OfferAsync(client, company.Id, "DU3", "DU3", "2026-04-01");
        await OfferAsync(client, company.Id, "Kladde", "none", "2026-04-01", status: "draft");
        var closed = await OfferAsync(client, company.Id, "Lukket", "DU1", "2026-04-01");
        await client.PostAsJsonAsync($"/api/v1/internships/{closed.Id}/status", new { status = "closed" });

        var matches = await (await client.GetAsync($"/api/v1/candidates/{candidate.Id}/matches")).ReadAsync<OfferMatchesDto>();

        Assert.Equal("B1", matches.DanishLevelReached);
        Assert.Equal([du2.Id, du1Soon.Id, du1Late.Id, none.Id], matches.Items.Select(m => m.InternshipId));
        Assert.Equal(("Gentofte Bageri", 2), (matches.Items[0].CompanyName, matches.Items[0].PlacesFree));
        Assert.Contains("asks for DU2 (B1), and the candidate reaches B1", matches.Items[0].Reason);

        var paged = await (await client.GetAsync($"/api/v1/candidates/{candidate.Id}/matches?limit=3")).ReadAsync<OfferMatchesDto>();
        var rest = await (await client.GetAsync($"/api/v1/candidates/{candidate.Id}/matches?limit=3&cursor={paged.NextCursor}")).ReadAsync<OfferMatchesDto>();
        Assert.Equal(matches.Items.Select(m => m.InternshipId), paged.Items.Concat(rest.Items).Select(m => m.InternshipId));
        Assert.Null(rest.NextCursor);

        var trail = await (await (await AdminAsync()).GetAsync($"/api/v1/audit?entityId={candidate.Id}&action=read")).ReadAsync<Page<AuditEntryDto>>();
        Assert.Equal(3, trail.Items.Count);
    }

    [Fact]
    public async Task A_beginner_on_the_fastest_track_meets_only_what_a_beginner_can_do()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var beginner = await client.RegisterCandidateAsync(PeopleData.Candidate("J-1", "Ny kursist", "DU3", 1));
        await OfferAsync(client, company.Id, "DU2", "DU2", "2026-05-01");
        await OfferAsync(client, company.Id, "DU1", "DU1", "2026-05-01");
        var none = await OfferAsync(client, company.Id, "Uden dansk", "none", "2026-05-01");

        var matches = await (await client.GetAsync($"/api/v1/candidates/{beginner.Id}/matches")).ReadAsync<OfferMatchesDto>();
        Assert.Equal(("A1", none.Id), (matches.DanishLevelReached, Assert.Single(matches.Items).InternshipId));
        await (await client.GetAsync($"/api/v1/candidates/{Guid.NewGuid()}/matches")).ShouldBe(HttpStatusCode.NotFound);
        await (await (await AnalystAsync()).GetAsync($"/api/v1/candidates/{beginner.Id}/matches")).ShouldBe(HttpStatusCode.Forbidden);
    }
}
