using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Audit;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Candidates;

namespace PartnerCrm.Api.Tests.Candidates;

public class CandidatesTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Registering_a_candidate_answers_201_with_exactly_the_contracts_fields()
    {
        var client = await ConsultantAsync();
        var response = await client.PostAsJsonAsync("/api/v1/candidates", PeopleData.Candidate());

        var body = await response.ShouldBe(HttpStatusCode.Created);
        var candidate = await response.ReadAsync<CandidateDto>();
        Assert.Equal($"/api/v1/candidates/{candidate.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(
            ["arrivalDate", "birthYear", "caseReference", "countryOfOrigin", "createdAt", "danishCourse", "displayName", "educationLevel",
             "gender", "id", "notes", "residenceBasis", "updatedAt"],
            body.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("DU2", body.GetProperty("danishCourse").GetProperty("track").GetString());
        Assert.Equal("familyReunification", System.Text.Json.JsonSerializer.Serialize(ResidenceBasis.FamilyReunification, JsonOptions).Trim('"'));
        Assert.Equal(new DanishCourseDto(DanishTrack.DU2, 3), candidate.DanishCourse);
        Assert.Equivalent(candidate, await (await client.GetAsync(response.Headers.Location)).ReadAsync<CandidateDto>());
    }

    [Theory]
    [InlineData("caseReference")]
    [InlineData("displayName")]
    [InlineData("notes")]
    [InlineData("countryOfOrigin")]
    public async Task Every_text_field_refuses_a_cpr_number_with_400_naming_the_field(string field)
    {
        var client = await ConsultantAsync();
        foreach (var cpr in new[] { "010190-1234", "0101901234" })
        {
            var candidate = System.Text.Json.JsonSerializer.SerializeToNode(PeopleData.Candidate(), JsonOptions)!.AsObject();
            candidate[field] = $"x {cpr}";
            var problem = await (await client.PostAsJsonAsync("/api/v1/candidates", candidate)).ShouldBe(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }
        Assert.Empty((await (await client.GetAsync("/api/v1/candidates")).ReadAsync<Page<CandidateDto>>()).Items);
    }

    [Fact]
    public async Task A_cpr_number_is_refused_when_changing_a_candidate_too()
    {
        var client = await ConsultantAsync();
        var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate());
        var problem = await (await client.PutAsJsonAsync($"/api/v1/candidates/{candidate.Id}", PeopleData.Candidate(notes: "CPR: 010190-1234")))
            .ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("notes", out _));
        Assert.Equal("Vil gerne arbejde med mad", (await (await client.GetAsync($"/api/v1/candidates/{candidate.Id}")).ReadAsync<CandidateDto>()).Notes);
    }

    [Fact]
    public async Task A_case_reference_in_use_answers_409_with_the_existing_id()
    {
        var client = await ConsultantAsync();
        var first = await client.RegisterCandidateAsync(PeopleData.Candidate());
        var problem = await (await client.PostAsJsonAsync("/api/v1/candidates", PeopleData.Candidate(displayName: "Another")))
            .ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal(first.Id, problem.GetProperty("existingId").GetGuid());
    }

    [Theory]
    [InlineData("birthYear", "1850")]
    [InlineData("countryOfOrigin", "\"SYR\"")]
    [InlineData("gender", "\"unknown\"")]
    [InlineData("residenceBasis", "null")]
    [InlineData("danishCourse", "{ \"track\": \"DU2\", \"module\": 7 }")]
    [InlineData("arrivalDate", "null")]
    public async Task Invalid_fields_answer_400(string field, string json)
    {
        var client = await ConsultantAsync();
        var candidate = System.Text.Json.JsonSerializer.SerializeToNode(PeopleData.Candidate(), JsonOptions)!.AsObject();
        candidate[field] = JsonNode.Parse(json);
        var problem = await (await client.PostAsJsonAsync("/api/v1/candidates", candidate)).ShouldBe(HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), error => error.Name.StartsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changing_a_candidate_honours_if_match()
    {
        var client = await ConsultantAsync();
        var created = await client.PostAsJsonAsync("/api/v1/candidates", PeopleData.Candidate());
        var candidate = await created.ReadAsync<CandidateDto>();
        var changed = await client.PutAsJsonAsync($"/api/v1/candidates/{candidate.Id}", PeopleData.Candidate(track: "DU3", module: 1));
        await changed.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(DanishTrack.DU3, (await changed.ReadAsync<CandidateDto>()).DanishCourse!.Track);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/candidates/{candidate.Id}") { Content = JsonContent.Create(PeopleData.Candidate()) };
        stale.Headers.IfMatch.Add(created.Headers.ETag!);
        await (await client.SendAsync(stale)).ShouldBe(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Search_finds_by_name_or_case_reference()
    {
        var client = await ConsultantAsync();
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-2026-001", "Amira Haddad"));
        await client.RegisterCandidateAsync(PeopleData.Candidate("J-2026-002", "Yonas Tesfaye"));

        async Task<IEnumerable<string>> NamesAsync(string search) =>
            (await (await client.GetAsync($"/api/v1/candidates?search={search}")).ReadAsync<Page<CandidateDto>>()).Items.Select(c => c.DisplayName);

        Assert.Equal(["Amira Haddad"], await NamesAsync("haddad"));
        Assert.Equal(["Yonas Tesfaye"], await NamesAsync("2026-002"));
        Assert.Equal(["Amira Haddad", "Yonas Tesfaye"], await NamesAsync("J-2026"));
    }

    [Fact]
    public async Task Erasure_answers_204_then_404_frees_the_case_reference_and_keeps_the_statistical_attributes()
    {
        var client = await ConsultantAsync();
        var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate());
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidate.Id, company.Id, "ordinaryEmployment", "2026-03-02"));
        await (await client.PostAsJsonAsync($"/api/v1/follow-ups/{placement.FollowUps[0].Id}/complete",
            new { outcome = "employedSameCompany", notes = "Amira trives og taler godt dansk" })).ShouldBe(HttpStatusCode.OK);

        await (await client.DeleteAsync($"/api/v1/candidates/{candidate.Id}")).ShouldBe(HttpStatusCode.NoContent);

        await (await client.GetAsync($"/api/v1/candidates/{candidate.Id}")).ShouldBe(HttpStatusCode.NotFound);
        await (await client.PutAsJsonAsync($"/api/v1/candidates/{candidate.Id}", PeopleData.Candidate())).ShouldBe(HttpStatusCode.NotFound);
        await (await client.DeleteAsync($"/api/v1/candidates/{candidate.Id}")).ShouldBe(HttpStatusCode.NotFound);
        Assert.Empty((await (await client.GetAsync("/api/v1/candidates")).ReadAsync<Page<CandidateDto>>()).Items);
        await client.RegisterCandidateAsync(PeopleData.Candidate(displayName: "Someone else"));

        // The placement and its follow-ups stay (their outcomes count), without free-text notes; the row keeps only statistical attributes.
        var kept = await (await client.GetAsync($"/api/v1/placements/{placement.Id}")).ReadAsync<Application.Placements.PlacementDto>();
        Assert.Equal(Domain.Placements.Outcome.EmployedSameCompany, kept.FollowUps[0].Outcome);
        Assert.Null(kept.FollowUps[0].Notes);
        await using var connection = new Npgsql.NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var row = new Npgsql.NpgsqlCommand(
            "SELECT case_reference, display_name, notes, birth_year, gender, country_of_origin, residence_basis, danish_course_track, erased_at FROM candidates WHERE id = @id",
            connection);
        row.Parameters.AddWithValue("id", candidate.Id);
        await using var reader = await row.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.True(reader.IsDBNull(0) && reader.IsDBNull(1) && reader.IsDBNull(2));
        Assert.Equal((1994, "female", "SY", "refugee", "DU2"), (reader.GetInt32(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7)));
        Assert.False(reader.IsDBNull(8));
    }

    [Fact]
    public async Task Erasure_clears_the_notes_and_reasons_of_every_follow_up_and_records_each_as_an_update_marked_erased()
    {
        Api.Clock.StartAt(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var client = await ConsultantAsync();
        var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate());
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidate.Id, company.Id, "ordinaryEmployment", "2026-03-02"));
        var (pending, completed, untouched) = (placement.FollowUps[0], placement.FollowUps[1], placement.FollowUps[2]);
        await (await client.PostAsJsonAsync($"/api/v1/follow-ups/{pending.Id}/reschedule",
            new { dueDate = "2026-04-10", reason = "Amira er på barsel" })).ShouldBe(HttpStatusCode.OK);
        await (await client.PostAsJsonAsync($"/api/v1/follow-ups/{completed.Id}/reschedule",
            new { dueDate = "2026-06-10", reason = "Virksomheden holder lukket" })).ShouldBe(HttpStatusCode.OK);
        await (await client.PostAsJsonAsync($"/api/v1/follow-ups/{completed.Id}/complete",
            new { outcome = "employedSameCompany", notes = "Amira trives" })).ShouldBe(HttpStatusCode.OK);

        await (await client.DeleteAsync($"/api/v1/candidates/{candidate.Id}")).ShouldBe(HttpStatusCode.NoContent);

        var kept = await (await client.GetAsync($"/api/v1/placements/{placement.Id}")).ReadAsync<Application.Placements.PlacementDto>();
        Assert.All(kept.FollowUps, f => Assert.Equal((null, null), (f.Notes, f.RescheduledReason)));
        Assert.Equal(
            (Domain.Placements.FollowUpStatus.Pending, new DateOnly(2026, 4, 10), Domain.Placements.Outcome.EmployedSameCompany),
            (kept.FollowUps[0].Status, kept.FollowUps[0].DueDate, kept.FollowUps[1].Outcome));

        var admin = await AdminAsync();
        async Task<IReadOnlyList<AuditEntryDto>> TrailAsync(string query) =>
            (await (await admin.GetAsync($"/api/v1/audit?{query}")).ReadAsync<Page<AuditEntryDto>>()).Items;
        Assert.Equal(["erase", "create"], (await TrailAsync($"entityId={candidate.Id}")).Select(e => e.Action));
        foreach (var followUp in new[] { pending, completed })
            Assert.Equal(("update", "erased"), (await TrailAsync($"entityId={followUp.Id}")).Select(e => (e.Action, e.Detail)).First());
        Assert.Equal(["create"], (await TrailAsync($"entityId={untouched.Id}")).Select(e => e.Action));
        Assert.Equal(["Virksomheden holder lukket", "Amira er på barsel"], (await TrailAsync("action=reschedule")).Select(e => e.Detail));
    }

    [Fact]
    public async Task Analysts_get_403_on_every_candidate_placement_and_follow_up_route()
    {
        var consultant = await ConsultantAsync();
        var candidate = await consultant.RegisterCandidateAsync(PeopleData.Candidate());
        var analyst = await AnalystAsync();
        var id = candidate.Id;
        var requests = new (HttpMethod Method, string Url)[]
        {
            (HttpMethod.Post, "/api/v1/candidates"), (HttpMethod.Get, "/api/v1/candidates"), (HttpMethod.Get, $"/api/v1/candidates/{id}"),
            (HttpMethod.Put, $"/api/v1/candidates/{id}"), (HttpMethod.Delete, $"/api/v1/candidates/{id}"),
            (HttpMethod.Post, "/api/v1/placements"), (HttpMethod.Get, "/api/v1/placements"), (HttpMethod.Get, $"/api/v1/placements/{id}"),
            (HttpMethod.Post, $"/api/v1/placements/{id}/end"), (HttpMethod.Get, "/api/v1/follow-ups"),
            (HttpMethod.Post, $"/api/v1/follow-ups/{id}/complete"), (HttpMethod.Get, $"/api/v1/internships/{id}/matches"),
        };
        foreach (var (method, url) in requests)
        {
            var request = new HttpRequestMessage(method, url);
            if (method == HttpMethod.Post || method == HttpMethod.Put) request.Content = JsonContent.Create(new { });
            Assert.True((await analyst.SendAsync(request)).StatusCode == HttpStatusCode.Forbidden, $"{method} {url}");
        }
        await (await consultant.GetAsync($"/api/v1/candidates/{id}")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_audit_trail_shows_who_read_a_candidate()
    {
        var anna = await ConsultantAsync("Anna Jensen");
        var bo = await ConsultantAsync("Bo Larsen");
        var candidate = await anna.RegisterCandidateAsync(PeopleData.Candidate());
        await bo.GetAsync($"/api/v1/candidates/{candidate.Id}");
        await bo.GetAsync("/api/v1/candidates?search=amira");

        var admin = await AdminAsync();
        var trail = await (await admin.GetAsync($"/api/v1/audit?entity=candidate&entityId={candidate.Id}")).ReadAsync<Page<AuditEntryDto>>();

        Assert.Equal(["read", "read", "create"], trail.Items.Select(e => e.Action));
        var annaId = trail.Items.Single(e => e.Action == "create").Actor;
        Assert.All(trail.Items.Where(e => e.Action == "read"), e => Assert.NotEqual(annaId, e.Actor));
        Assert.Single(trail.Items.Select(e => e.Actor).Where(a => a != annaId).Distinct());
        Assert.All(trail.Items, e => Assert.False(string.IsNullOrEmpty(e.TraceId)));
    }
}
