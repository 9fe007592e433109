using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Placements;

namespace PartnerCrm.Api.Tests.Infrastructure;

public static class PeopleData
{
    public static object Candidate(
        string caseReference = "J-2026-001",
        string displayName = "Amira",
        string? track = "DU2",
        int module = 3,
        string arrivalDate = "2025-06-01",
        string? notes = "Vil gerne arbejde med mad") => new
    {
        caseReference,
        displayName,
        birthYear = 1994,
        gender = "female",
        countryOfOrigin = "SY",
        residenceBasis = "refugee",
        arrivalDate,
        danishCourse = track is null ? null : new { track, module },
        educationLevel = "upperSecondary",
        notes,
    };

    public static async Task<CandidateDto> RegisterCandidateAsync(this HttpClient client, object candidate)
    {
        var response = await client.PostAsJsonAsync("/api/v1/candidates", candidate);
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<CandidateDto>();
    }

    public static object Placement(Guid candidateId, Guid companyId, string type, string startDate, string? plannedEndDate = null,
        decimal hoursPerWeek = 30, bool? extended = null, Guid? internshipId = null) => new
    {
        candidateId,
        companyId,
        internshipId,
        type,
        jobTitle = "Køkkenmedhjælper",
        hoursPerWeek,
        startDate,
        plannedEndDate,
        extended,
    };

    public static async Task<PlacementDto> MakePlacementAsync(this HttpClient client, object placement)
    {
        var response = await client.PostAsJsonAsync("/api/v1/placements", placement);
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<PlacementDto>();
    }
}
