using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Audit;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Placements;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Api.Tests.Placements;

/// <summary>A placement as it changes after it was made: extended, corrected, its follow-ups moved.</summary>
public class PlacementChangesTests(ApiFactory api) : ApiTest(api)
{
    private static readonly DateTimeOffset March2 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private async Task<(HttpClient Client, Guid CandidateId, Guid CompanyId)> SetUpAsync(string sector = "private")
    {
        Api.Clock.StartAt(March2);
        var client = await ConsultantAsync("Anna Jensen");
        var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate());
        var company = await (await client.PostAsJsonAsync("/api/v1/companies", TestData.Company("13585628", "Gentofte Bageri", sector: sector)))
            .ReadAsync<Application.Companies.CompanyDto>();
        return (client, candidate.Id, company.Id);
    }

    private static DateOnly Due(PlacementDto placement, Milestone milestone) => placement.FollowUps.Single(f => f.Milestone == milestone).DueDate;

    [Fact]
    public async Task An_internship_extended_past_13_weeks_becomes_extended_and_its_follow_ups_move()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "internship", "2026-02-02", "2026-04-24"));
        Assert.Equal((new DateOnly(2026, 4, 24), new DateOnly(2026, 7, 24)), (Due(placement, Milestone.End), Due(placement, Milestone.EndPlusThreeMonths)));

        var response = await client.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/extend", new { plannedEndDate = "2026-06-26" });
        await response.ShouldBe(HttpStatusCode.OK);
        var extended = await response.ReadAsync<PlacementDto>();
        Assert.True(extended.Extended);
        Assert.Equal(new DateOnly(2026, 6, 26), extended.PlannedEndDate);
        Assert.Equal((new DateOnly(2026, 6, 26), new DateOnly(2026, 9, 26)), (Due(extended, Milestone.End), Due(extended, Milestone.EndPlusThreeMonths)));
        Assert.NotNull(response.Headers.ETag);

        // 26 weeks from 2 February is 3 August; one day more is beyond the law.
        var tooLong = await (await client.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/extend", new { plannedEndDate = "2026-08-04" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("durationExceeded", tooLong.GetProperty("code").GetString());
        var earlier = await (await client.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/extend", new { plannedEndDate = "2026-05-01" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("notLater", earlier.GetProperty("code").GetString());
        await (await client.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/extend", new { plannedEndDate = "2026-08-03" })).ShouldBe(HttpStatusCode.OK);

        var trail = await (await (await AdminAsync()).GetAsync($"/api/v1/audit?entityId={placement.Id}")).ReadAsync<Page<AuditEntryDto>>();
        Assert.Contains(trail.Items, e => e.Action == "extend");
    }

    [Fact]
    public async Task Wage_subsidy_extends_within_its_sectors_months_only()
    {
        var (client, candidateId, companyId) = await SetUpAsync(sector: "public");
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "wageSubsidy", "2026-03-02", "2026-05-01"));
        await (await client.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/extend", new { plannedEndDate = "2026-07-02" })).ShouldBe(HttpStatusCode.OK);
        var problem = await (await client.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/extend", new { plannedEndDate = "2026-07-03" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("durationExceeded", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Every_extension_is_recorded_as_extend_and_the_follow_ups_it_moves_as_updates()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var wageSubsidy = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "wageSubsidy", "2026-03-02", "2026-05-01"));
        var internship = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "internship", "2026-03-02", "2026-04-24"));

        await (await client.PostAsJsonAsync($"/api/v1/placements/{wageSubsidy.Id}/extend", new { plannedEndDate = "2026-07-02" })).ShouldBe(HttpStatusCode.OK);
        var within13Weeks = await (await client.PostAsJsonAsync($"/api/v1/placements/{internship.Id}/extend", new { plannedEndDate = "2026-05-29" }))
            .ReadAsync<PlacementDto>();
        Assert.False(within13Weeks.Extended);

        var admin = await AdminAsync();
        async Task<IEnumerable<string>> ActionsAsync(Guid id) =>
            (await (await admin.GetAsync($"/api/v1/audit?entityId={id}")).ReadAsync<Page<AuditEntryDto>>()).Items.Select(e => e.Action);
        Assert.Equal(["extend", "create"], await ActionsAsync(wageSubsidy.Id));
        Assert.Equal(["extend", "create"], await ActionsAsync(internship.Id));
        foreach (var followUp in internship.FollowUps) Assert.Equal(["update", "create"], await ActionsAsync(followUp.Id));
        foreach (var followUp in wageSubsidy.FollowUps) Assert.Equal(["create"], await ActionsAsync(followUp.Id));
    }

    [Fact]
    public async Task An_ended_placement_is_not_extended_and_a_stale_etag_answers_412()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "internship", "2026-02-02", "2026-04-24"));
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/placements/{placement.Id}/extend") { Content = JsonContent.Create(new { plannedEndDate = "2026-05-01" }) };
        stale.Headers.IfMatch.ParseAdd("\"1\"");
        await (await client.SendAsync(stale)).ShouldBe(HttpStatusCode.PreconditionFailed);

        await client.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/end", new { endDate = "2026-03-01", endReason = "completed" });
        var problem = await (await client.PostAsJsonAsync($"/api/v1/placements/{placement.Id}/extend", new { plannedEndDate = "2026-05-01" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("placementEnded", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_placement_not_yet_started_is_corrected_dates_and_all_and_its_follow_ups_move()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "ordinaryEmployment", "2026-04-01"));

        var corrected = await (await client.PutAsJsonAsync($"/api/v1/placements/{placement.Id}",
            new { jobTitle = "Bagerassistent", hoursPerWeek = 32, startDate = "2026-04-15", plannedEndDate = (string?)null })).ReadAsync<PlacementDto>();

        Assert.Equal(("Bagerassistent", 32m, new DateOnly(2026, 4, 15)), (corrected.JobTitle, corrected.HoursPerWeek, corrected.StartDate));
        Assert.Equal([new DateOnly(2026, 5, 15), new DateOnly(2026, 7, 15), new DateOnly(2026, 10, 15), new DateOnly(2027, 4, 15)],
            corrected.FollowUps.Select(f => f.DueDate));
    }

    [Fact]
    public async Task After_the_start_only_the_title_and_hours_are_corrected_and_the_legal_limits_hold()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "igu", "2026-02-02", hoursPerWeek: 30));

        var started = await (await client.PutAsJsonAsync($"/api/v1/placements/{placement.Id}",
            new { jobTitle = "Bager", hoursPerWeek = 30, startDate = "2026-02-09", plannedEndDate = "2028-02-02" })).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("placementStarted", started.GetProperty("code").GetString());
        var tooFew = await (await client.PutAsJsonAsync($"/api/v1/placements/{placement.Id}",
            new { jobTitle = "Bager", hoursPerWeek = 20, startDate = "2026-02-02", plannedEndDate = "2028-02-02" })).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("hoursTooLow", tooFew.GetProperty("code").GetString());
        var retitled = await (await client.PutAsJsonAsync($"/api/v1/placements/{placement.Id}",
            new { jobTitle = "Bager", hoursPerWeek = 28, startDate = "2026-02-02", plannedEndDate = "2028-02-02" })).ReadAsync<PlacementDto>();
        Assert.Equal(("Bager", 28m), (retitled.JobTitle, retitled.HoursPerWeek));
        await (await client.PutAsJsonAsync($"/api/v1/placements/{placement.Id}",
            new { jobTitle = "0101901234", hoursPerWeek = 28, startDate = "2026-02-02", plannedEndDate = "2028-02-02" })).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_follow_up_is_rescheduled_with_a_reason_that_the_audit_trail_keeps()
    {
        var (client, candidateId, companyId) = await SetUpAsync();
        var placement = await client.MakePlacementAsync(PeopleData.Placement(candidateId, companyId, "ordinaryEmployment", "2026-02-02"));
        var oneMonth = placement.FollowUps.Single(f => f.Milestone == Milestone.OneMonth);

        await (await client.PostAsJsonAsync($"/api/v1/follow-ups/{oneMonth.Id}/reschedule", new { dueDate = "2026-03-10" })).ShouldBe(HttpStatusCode.BadRequest);
        var moved = await (await client.PostAsJsonAsync($"/api/v1/follow-ups/{oneMonth.Id}/reschedule",
            new { dueDate = "2026-03-10", reason = "Virksomheden holder lukket i uge 9" })).ReadAsync<FollowUpDto>();
        Assert.Equal((new DateOnly(2026, 3, 10), "Virksomheden holder lukket i uge 9"), (moved.DueDate, moved.RescheduledReason));

        var trail = await (await (await AdminAsync()).GetAsync($"/api/v1/audit?entityId={oneMonth.Id}&action=reschedule")).ReadAsync<Page<AuditEntryDto>>();
        Assert.Equal("Virksomheden holder lukket i uge 9", Assert.Single(trail.Items).Detail);

        // Every rescheduling is a reschedule with its reason, also when the reason, or the day and the reason, are the same as before.
        foreach (var dueDate in new[] { "2026-03-12", "2026-03-12" })
            await (await client.PostAsJsonAsync($"/api/v1/follow-ups/{oneMonth.Id}/reschedule", new { dueDate, reason = "Virksomheden holder lukket i uge 9" }))
                .ShouldBe(HttpStatusCode.OK);
        var again = await (await (await AdminAsync()).GetAsync($"/api/v1/audit?entityId={oneMonth.Id}")).ReadAsync<Page<AuditEntryDto>>();
        Assert.Equal(
            [.. Enumerable.Repeat(("reschedule", (string?)"Virksomheden holder lukket i uge 9"), 3), ("create", null)],
            again.Items.Select(e => (e.Action, e.Detail)));

        // A rescheduled follow-up keeps its distance from its milestone when the placement's dates move.
        await client.PutAsJsonAsync($"/api/v1/placements/{placement.Id}", new { jobTitle = "Bager", hoursPerWeek = 30, startDate = "2026-02-02" });
        await client.PostAsJsonAsync($"/api/v1/follow-ups/{oneMonth.Id}/complete", new { outcome = "employedSameCompany" });
        await (await client.PostAsJsonAsync($"/api/v1/follow-ups/{oneMonth.Id}/reschedule", new { dueDate = "2026-03-20", reason = "For sent" }))
            .ShouldBe(HttpStatusCode.Conflict);
    }
}
