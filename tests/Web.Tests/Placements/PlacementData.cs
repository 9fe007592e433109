using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Placements;

namespace PartnerCrm.Web.Tests.Placements;

/// <summary>Companies, candidates and placements made over the API by the consultant who signs in on the pages.</summary>
public sealed class PlacementData(HttpClient api)
{
    private readonly IEnumerator<string> _cvrNumbers = TestData.CvrNumbers(2_000_000).GetEnumerator();
    private int _cases;

    public HttpClient Api { get; } = api;

    public string NextCvr()
    {
        _cvrNumbers.MoveNext();
        return _cvrNumbers.Current;
    }

    public async Task<CompanyDto> CompanyAsync(string name, string sector = "private")
    {
        var response = await Api.PostAsJsonAsync("/api/v1/companies", TestData.Company(NextCvr(), name, sector: sector));
        await response.ShouldBe(System.Net.HttpStatusCode.Created);
        return await response.ReadAsync<CompanyDto>();
    }

    public Task<CandidateDto> CandidateAsync(string displayName) =>
        Api.RegisterCandidateAsync(PeopleData.Candidate(caseReference: $"J-2026-{++_cases:D3}", displayName: displayName));

    public Task<PlacementDto> PlacementAsync(CandidateDto candidate, CompanyDto company, string type, string start, string? plannedEnd = null) =>
        Api.MakePlacementAsync(PeopleData.Placement(candidate.Id, company.Id, type, start, plannedEnd));

    public async Task<PlacementDto> ReadAsync(Guid placementId) =>
        await (await Api.GetAsync($"/api/v1/placements/{placementId}")).ReadAsync<PlacementDto>();
}
