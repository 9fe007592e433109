using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Audit;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Internships;
using PartnerCrm.Application.Placements;
using PartnerCrm.Application.Referrals;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Placements;
using PartnerCrm.Domain.Referrals;

namespace PartnerCrm.Api.Tests.Referrals;

/// <summary>Referrals from an offer to a placement, as consultants and employers record them.</summary>
public class ReferralsTests(ApiFactory api) : ApiTest(api)
{
    private static readonly DateTimeOffset January4 = new(2027, 1, 4, 8, 0, 0, TimeSpan.Zero);

    private sealed record Setting(HttpClient Staff, HttpClient Employer, Guid CompanyId, InternshipDto Offer, CandidateDto Amira, CandidateDto Yonas);

    private async Task<Setting> SetUpAsync(int slots = 2)
    {
        Api.Clock.StartAt(January4);
        var staff = await ConsultantAsync("Anna Jensen");
        var (company, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var offer = await (await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer(slots: slots))).ReadAsync<InternshipDto>();
        var amira = await staff.RegisterCandidateAsync(PeopleData.Candidate("J-1", "Amira Haddad", "DU2", 6, "2025-06-01"));
        var yonas = await staff.RegisterCandidateAsync(PeopleData.Candidate("J-2", "Yonas Tesfaye", "DU3", 5, "2025-09-01"));
        return new Setting(staff, employer, company.Id, offer, amira, yonas);
    }

    private static async Task<ReferralDto> ReferAsync(HttpClient staff, Guid offerId, Guid candidateId, string? note = null)
    {
        var response = await staff.PostAsJsonAsync($"/api/v1/internships/{offerId}/referrals", new { candidateId, note });
        await response.ShouldBe(HttpStatusCode.Created);
        Assert.NotNull(response.Headers.ETag);
        return await response.ReadAsync<ReferralDto>();
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, string route, object body) => client.PostAsJsonAsync(route, body);

    [Fact]
    public async Task The_placement_made_from_an_accepted_referral_is_at_the_offer_s_workplace()
    {
        var s = await SetUpAsync();
        await (await s.Staff.PostAsJsonAsync($"/api/v1/companies/{s.CompanyId}/workplaces", new { pNumber = "1012345678" })).ShouldBe(HttpStatusCode.Created);
        var body = JsonSerializer.SerializeToNode(EmployerData.Offer(), JsonOptions)!.AsObject();
        body["pNumber"] = "1012345678";
        var offer = await (await s.Employer.PostAsJsonAsync("/api/v1/employer/internships", body)).ReadAsync<InternshipDto>();
        var referral = await ReferAsync(s.Staff, offer.Id, s.Amira.Id);

        var accepted = await (await MoveAsync(s.Staff, $"/api/v1/referrals/{referral.Id}/status", new { status = "accepted" })).ReadAsync<ReferralDto>();

        var placement = await (await s.Staff.GetAsync($"/api/v1/placements/{accepted.PlacementId}")).ReadAsync<PlacementDto>();
        Assert.Equal("1012345678", placement.PNumber);
    }

    [Fact]
    public async Task A_referral_goes_from_proposed_through_interview_to_accepted_and_becomes_the_internship_placement()
    {
        var s = await SetUpAsync();
        var referral = await ReferAsync(s.Staff, s.Offer.Id, s.Amira.Id, "Har erfaring fra bageri i Aleppo");
        Assert.Equal((ReferralStatus.Proposed, s.CompanyId, s.Offer.Id), (referral.Status, referral.CompanyId, referral.InternshipId));

        var interview = await (await MoveAsync(s.Staff, $"/api/v1/referrals/{referral.Id}/status", new { status = "interview" })).ReadAsync<ReferralDto>();
        Assert.NotNull(interview.InterviewedAt);
        var accepted = await (await MoveAsync(s.Staff, $"/api/v1/referrals/{referral.Id}/status", new { status = "accepted" })).ReadAsync<ReferralDto>();
        Assert.Equal(ReferralStatus.Accepted, accepted.Status);

        var placement = await (await s.Staff.GetAsync($"/api/v1/placements/{accepted.PlacementId}")).ReadAsync<PlacementDto>();
        Assert.Equal((PlacementType.Internship, s.Amira.Id, s.CompanyId, s.Offer.Id), (placement.Type, placement.CandidateId, placement.CompanyId, placement.InternshipId!.Value));
        Assert.Equal((new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 29), 25m, "Lagermedarbejder"),
            (placement.StartDate, placement.PlannedEndDate!.Value, placement.HoursPerWeek, placement.JobTitle));
        Assert.Equal("Anna Jensen", placement.Consultant.Name);
        Assert.Equal([Milestone.End, Milestone.EndPlusThreeMonths], placement.FollowUps.Select(f => f.Milestone));
        var offer = await (await s.Staff.GetAsync($"/api/v1/internships/{s.Offer.Id}")).ReadAsync<InternshipDto>();
        Assert.Equal(1, offer.PlacesTaken);

        var trail = await (await (await AdminAsync()).GetAsync($"/api/v1/audit?entityId={referral.Id}")).ReadAsync<Page<AuditEntryDto>>();
        Assert.Equal(["statusChange", "statusChange", "create"], trail.Items.Select(e => e.Action));
    }

    [Fact]
    public async Task Only_the_allowed_transitions_are_made_and_a_decline_needs_its_reason()
    {
        var s = await SetUpAsync();
        var referral = await ReferAsync(s.Staff, s.Offer.Id, s.Amira.Id);
        var route = $"/api/v1/referrals/{referral.Id}/status";

        var noReason = await (await MoveAsync(s.Staff, route, new { status = "declined" })).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("declineReason", out _));
        await (await MoveAsync(s.Staff, route, new { status = "proposed" })).ShouldBe(HttpStatusCode.UnprocessableEntity);
        var declined = await (await MoveAsync(s.Staff, route, new { status = "declined", declineReason = "language" })).ReadAsync<ReferralDto>();
        Assert.Equal((ReferralStatus.Declined, DeclineReason.Language), (declined.Status, declined.DeclineReason!.Value));
        foreach (var status in new[] { "interview", "accepted", "withdrawn" })
        {
            var problem = await (await MoveAsync(s.Staff, route, new { status })).ShouldBe(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("invalidTransition", problem.GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task A_candidate_is_referred_to_an_offer_once_at_a_time_and_only_to_an_open_offer()
    {
        var s = await SetUpAsync();
        var first = await ReferAsync(s.Staff, s.Offer.Id, s.Amira.Id);
        var again = await (await s.Staff.PostAsJsonAsync($"/api/v1/internships/{s.Offer.Id}/referrals", new { candidateId = s.Amira.Id })).ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal(first.Id, again.GetProperty("existingId").GetGuid());

        await MoveAsync(s.Staff, $"/api/v1/referrals/{first.Id}/status", new { status = "withdrawn" });
        await ReferAsync(s.Staff, s.Offer.Id, s.Amira.Id);

        await s.Employer.PostAsync($"/api/v1/employer/internships/{s.Offer.Id}/close", null);
        var closed = await (await s.Staff.PostAsJsonAsync($"/api/v1/internships/{s.Offer.Id}/referrals", new { candidateId = s.Yonas.Id }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("offerNotOpen", closed.GetProperty("code").GetString());
        await (await s.Staff.PostAsJsonAsync($"/api/v1/internships/{Guid.NewGuid()}/referrals", new { candidateId = s.Yonas.Id })).ShouldBe(HttpStatusCode.NotFound);
        await (await s.Staff.PostAsJsonAsync($"/api/v1/internships/{s.Offer.Id}/referrals", new { candidateId = Guid.NewGuid() })).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Accepting_for_an_offer_with_no_place_left_answers_offer_full_and_changes_nothing()
    {
        var s = await SetUpAsync(slots: 1);
        var amira = await ReferAsync(s.Staff, s.Offer.Id, s.Amira.Id);
        var yonas = await ReferAsync(s.Staff, s.Offer.Id, s.Yonas.Id);
        await (await MoveAsync(s.Staff, $"/api/v1/referrals/{amira.Id}/status", new { status = "accepted" })).ShouldBe(HttpStatusCode.OK);

        var full = await (await MoveAsync(s.Staff, $"/api/v1/referrals/{yonas.Id}/status", new { status = "accepted" })).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("offerFull", full.GetProperty("code").GetString());
        var still = await (await s.Staff.GetAsync($"/api/v1/referrals/{yonas.Id}")).ReadAsync<ReferralDto>();
        Assert.Equal(ReferralStatus.Proposed, still.Status);
        var placements = await (await s.Staff.GetAsync($"/api/v1/placements?candidateId={s.Yonas.Id}")).ReadAsync<Page<PlacementDto>>();
        Assert.Empty(placements.Items);
        Assert.Equal(InternshipStatus.Filled, (await (await s.Staff.GetAsync($"/api/v1/internships/{s.Offer.Id}")).ReadAsync<InternshipDto>()).Status);
    }

    [Fact]
    public async Task Referrals_are_listed_newest_first_and_filtered()
    {
        var s = await SetUpAsync();
        var amira = await ReferAsync(s.Staff, s.Offer.Id, s.Amira.Id);
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var yonas = await ReferAsync(s.Staff, s.Offer.Id, s.Yonas.Id);
        await MoveAsync(s.Staff, $"/api/v1/referrals/{amira.Id}/status", new { status = "interview" });

        var all = await (await s.Staff.GetAsync($"/api/v1/referrals?internshipId={s.Offer.Id}")).ReadAsync<Page<ReferralDto>>();
        Assert.Equal([yonas.Id, amira.Id], all.Items.Select(r => r.Id));
        var interviews = await (await s.Staff.GetAsync("/api/v1/referrals?status=interview")).ReadAsync<Page<ReferralDto>>();
        Assert.Equal(amira.Id, Assert.Single(interviews.Items).Id);
        Assert.Equal(yonas.Id, Assert.Single((await (await s.Staff.GetAsync($"/api/v1/referrals?candidateId={s.Yonas.Id}")).ReadAsync<Page<ReferralDto>>()).Items).Id);
        await (await (await AnalystAsync()).GetAsync("/api/v1/referrals")).ShouldBe(HttpStatusCode.Forbidden);
        await (await s.Staff.GetAsync("/api/v1/referrals?status=hired")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_employer_sees_its_referrals_as_pseudonymous_cards_and_answers_them()
    {
        var s = await SetUpAsync();
        var referral = await ReferAsync(s.Staff, s.Offer.Id, s.Amira.Id, "Kan starte straks");

        var response = await s.Employer.GetAsync($"/api/v1/employer/internships/{s.Offer.Id}/referrals");
        var body = await response.Content.ReadAsStringAsync();
        await response.ShouldBe(HttpStatusCode.OK);
        foreach (var secret in new[] { "Amira", "Haddad", "J-1", "1994", "SY", s.Amira.Id.ToString() })
            Assert.DoesNotContain(secret, body);
        var cards = JsonSerializer.Deserialize<Page<EmployerReferralDto>>(body, JsonOptions)!;
        var card = Assert.Single(cards.Items);
        Assert.Equal((referral.Id, "B1", "Kan starte straks"), (card.Id, card.Candidate.DanishLevel, card.Note));
        Assert.Matches("^Kandidat [0-9A-F]{6}$", card.Candidate.Alias);
        Assert.Equal("30-39", card.Candidate.AgeBand);

        var idempotent = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/employer/referrals/{referral.Id}/status")
        {
            Content = JsonContent.Create(new { status = "interview" }),
        };
        idempotent.Headers.Add("Idempotency-Key", "interview-1");
        var interview = await (await s.Employer.SendAsync(idempotent)).ReadAsync<EmployerReferralDto>();
        Assert.Equal(ReferralStatus.Interview, interview.Status);
        var retry = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/employer/referrals/{referral.Id}/status") { Content = JsonContent.Create(new { status = "interview" }) };
        retry.Headers.Add("Idempotency-Key", "interview-1");
        var replay = await s.Employer.SendAsync(retry);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());

        await (await s.Employer.PostAsJsonAsync($"/api/v1/employer/referrals/{referral.Id}/status", new { status = "withdrawn" })).ShouldBe(HttpStatusCode.BadRequest);
        var accepted = await (await s.Employer.PostAsJsonAsync($"/api/v1/employer/referrals/{referral.Id}/status", new { status = "accepted" })).ReadAsync<EmployerReferralDto>();
        Assert.Equal(ReferralStatus.Accepted, accepted.Status);
        var staffView = await (await s.Staff.GetAsync($"/api/v1/referrals/{referral.Id}")).ReadAsync<ReferralDto>();
        var placement = await (await s.Staff.GetAsync($"/api/v1/placements/{staffView.PlacementId}")).ReadAsync<PlacementDto>();
        Assert.Equal("Anna Jensen", placement.Consultant.Name);

        var trail = await (await (await AdminAsync()).GetAsync($"/api/v1/audit?entityId={referral.Id}&action=statusChange")).ReadAsync<Page<AuditEntryDto>>();
        Assert.All(trail.Items, e => Assert.NotEqual(placement.Consultant.Id, e.Actor));
    }

    [Fact]
    public async Task Erasing_a_candidate_withdraws_the_open_referrals_clears_the_notes_and_leaves_the_employer_an_empty_card()
    {
        var s = await SetUpAsync();
        var open = await ReferAsync(s.Staff, s.Offer.Id, s.Amira.Id, "Amira kan starte straks");
        await (await MoveAsync(s.Staff, $"/api/v1/referrals/{open.Id}/status", new { status = "interview" })).ShouldBe(HttpStatusCode.OK);
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var accepted = await ReferAsync(s.Staff, s.Offer.Id, s.Yonas.Id, "Yonas har kørekort");
        await (await MoveAsync(s.Staff, $"/api/v1/referrals/{accepted.Id}/status", new { status = "accepted" })).ShouldBe(HttpStatusCode.OK);

        foreach (var candidate in new[] { s.Amira, s.Yonas })
            await (await s.Staff.DeleteAsync($"/api/v1/candidates/{candidate.Id}")).ShouldBe(HttpStatusCode.NoContent);

        var withdrawn = await (await s.Staff.GetAsync($"/api/v1/referrals/{open.Id}")).ReadAsync<ReferralDto>();
        Assert.Equal((ReferralStatus.Withdrawn, null), (withdrawn.Status, withdrawn.Note));
        Assert.NotNull(withdrawn.InterviewedAt);
        var stillAccepted = await (await s.Staff.GetAsync($"/api/v1/referrals/{accepted.Id}")).ReadAsync<ReferralDto>();
        Assert.Equal((ReferralStatus.Accepted, null), (stillAccepted.Status, stillAccepted.Note));

        // The employer keeps the referrals (its system learns that the open one is withdrawn), with cards that say nothing about the person.
        var response = await s.Employer.GetAsync($"/api/v1/employer/internships/{s.Offer.Id}/referrals");
        var body = await response.Content.ReadAsStringAsync();
        await response.ShouldBe(HttpStatusCode.OK);
        // An alias is random hexadecimal ("Kandidat B1B717"), so it can hold "B1" by chance; it says nothing about the person.
        var withoutAliases = System.Text.RegularExpressions.Regex.Replace(body, "\"alias\":\"Kandidat [0-9A-F]{6}\"", "\"alias\":\"\"");
        foreach (var gone in new[] { "starte straks", "kørekort", "B1", "B2", "upperSecondary", "30-39" })
            Assert.DoesNotContain(gone, withoutAliases);
        var cards = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            [(accepted.Id.ToString(), "accepted"), (open.Id.ToString(), "withdrawn")],
            cards.Select(c => (c.GetProperty("id").GetString(), c.GetProperty("status").GetString())));
        Assert.All(cards, card =>
        {
            var person = card.GetProperty("candidate");
            Assert.Matches("^Kandidat [0-9A-F]{6}$", person.GetProperty("alias").GetString());
            Assert.True(person.GetProperty("erased").GetBoolean());
            Assert.All(
                [person.GetProperty("danishLevel"), person.GetProperty("educationLevel"), person.GetProperty("ageBand"), card.GetProperty("note")],
                value => Assert.Equal(JsonValueKind.Null, value.ValueKind));
        });

        // Neither side can move such a referral on: the answer says why, rather than "not found".
        foreach (var (client, route) in new[] { (s.Staff, $"/api/v1/referrals/{open.Id}/status"), (s.Employer, $"/api/v1/employer/referrals/{open.Id}/status") })
        {
            var problem = await (await MoveAsync(client, route, new { status = "accepted" })).ShouldBe(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("candidateErased", problem.GetProperty("code").GetString());
        }
        var declined = await (await MoveAsync(s.Employer, $"/api/v1/employer/referrals/{accepted.Id}/status", new { status = "declined", declineReason = "other" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("candidateErased", declined.GetProperty("code").GetString());
        Assert.Single((await (await s.Staff.GetAsync($"/api/v1/placements?companyId={s.CompanyId}")).ReadAsync<Page<PlacementDto>>()).Items);

        var trail = await (await (await AdminAsync()).GetAsync($"/api/v1/audit?entityId={open.Id}")).ReadAsync<Page<AuditEntryDto>>();
        Assert.Equal([("update", "erased"), ("statusChange", null), ("create", null)], trail.Items.Select(e => (e.Action, e.Detail)));
    }

    [Fact]
    public async Task An_employer_never_reaches_another_companys_referrals()
    {
        var s = await SetUpAsync();
        var referral = await ReferAsync(s.Staff, s.Offer.Id, s.Amira.Id);
        var (_, _, other) = await Api.EmployerAsync(s.Staff, "62761113", "Hellerup Rengøring");

        await (await other.GetAsync($"/api/v1/employer/internships/{s.Offer.Id}/referrals")).ShouldBe(HttpStatusCode.NotFound);
        await (await other.PostAsJsonAsync($"/api/v1/employer/referrals/{referral.Id}/status", new { status = "interview" })).ShouldBe(HttpStatusCode.NotFound);
        Assert.Equal(ReferralStatus.Proposed, (await (await s.Staff.GetAsync($"/api/v1/referrals/{referral.Id}")).ReadAsync<ReferralDto>()).Status);
        await (await s.Staff.GetAsync($"/api/v1/employer/internships/{s.Offer.Id}/referrals")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Referral_statistics_count_referrals_interviews_and_acceptances_under_disclosure_control()
    {
        var s = await SetUpAsync(slots: 10);
        var referrals = new List<ReferralDto>();
        for (var i = 0; i < 7; i++)
        {
            var candidate = await s.Staff.RegisterCandidateAsync(PeopleData.Candidate($"R-{i}", $"Person {i}", "DU2", 6));
            referrals.Add(await ReferAsync(s.Staff, s.Offer.Id, candidate.Id));
        }
        foreach (var referral in referrals.Take(6)) await MoveAsync(s.Staff, $"/api/v1/referrals/{referral.Id}/status", new { status = "interview" });
        foreach (var referral in referrals.Take(5)) await MoveAsync(s.Staff, $"/api/v1/referrals/{referral.Id}/status", new { status = "accepted" });

        var analyst = await AnalystAsync();
        var table = await (await analyst.GetAsync("/api/v1/statistics/referrals?from=2027-01-01&to=2027-01-31")).ShouldBe(HttpStatusCode.OK);
        var total = table.GetProperty("total");
        Assert.Equal((7, 6, 5), (total.GetProperty("referrals").GetInt32(), total.GetProperty("interviews").GetInt32(), total.GetProperty("accepted").GetInt32()));
        Assert.Equal(0.714m, total.GetProperty("fillRate").GetDecimal());
        var before = await (await analyst.GetAsync("/api/v1/statistics/referrals?from=2026-01-01&to=2026-12-31")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(0, before.GetProperty("total").GetProperty("referrals").GetInt32());

        // One more offer with two referrals, one accepted: its cells are below five and hidden, and so is what would give them away.
        var second = await (await s.Employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer("Kantinemedhjælper", slots: 3))).ReadAsync<InternshipDto>();
        var late = await ReferAsync(s.Staff, second.Id, s.Amira.Id);
        await ReferAsync(s.Staff, second.Id, s.Yonas.Id);
        await MoveAsync(s.Staff, $"/api/v1/referrals/{late.Id}/status", new { status = "accepted" });
        var byAge = await (await analyst.GetAsync("/api/v1/statistics/referrals?groupBy=company")).ShouldBe(HttpStatusCode.OK);
        var row = Assert.Single(byAge.GetProperty("rows").EnumerateArray());
        Assert.Equal(9, row.GetProperty("referrals").GetInt32());
        var byTrack = await (await analyst.GetAsync("/api/v1/statistics/referrals?groupBy=danishTrack")).ShouldBe(HttpStatusCode.OK);
        var tracks = byTrack.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("group").GetProperty("danishTrack").GetString()!);
        Assert.True(tracks["DU3"].GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, tracks["DU3"].GetProperty("referrals").ValueKind);
    }
}
