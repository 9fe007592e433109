using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Worklist.GetWorklist;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Api.Tests.Worklist;

public class WorklistTests(ApiFactory api) : ApiTest(api)
{
    private static readonly DateTimeOffset March2 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static object Activity(string occurredAt, string? nextAction, string? nextActionOn, string summary = "Ringede til lederen") =>
        new { kind = "call", occurredAt, summary, nextAction, nextActionOn };

    private static async Task<ActivityDto> LogAsync(HttpClient client, Guid companyId, object activity)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/companies/{companyId}/activities", activity);
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<ActivityDto>();
    }

    [Fact]
    public async Task An_activity_carries_its_next_action_and_its_author_marks_it_done_once()
    {
        var anna = await ConsultantAsync("Anna Jensen");
        var company = await anna.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var activity = await LogAsync(anna, company.Id, Activity("2026-03-02T10:00:00Z", "Send kontrakten", "2026-03-05"));
        Assert.Equal(("Send kontrakten", new DateOnly(2026, 3, 5), "Anna Jensen"), (activity.NextAction, activity.NextActionOn, activity.Author.Name));
        Assert.Null(activity.NextActionDoneAt);

        var colleague = await ConsultantAsync("Bo Hansen");
        await (await colleague.PostAsync($"/api/v1/companies/{company.Id}/activities/{activity.Id}/done", null)).ShouldBe(HttpStatusCode.Forbidden);
        var done = await (await anna.PostAsync($"/api/v1/companies/{company.Id}/activities/{activity.Id}/done", null)).ReadAsync<ActivityDto>();
        Assert.NotNull(done.NextActionDoneAt);
        await (await anna.PostAsync($"/api/v1/companies/{company.Id}/activities/{activity.Id}/done", null)).ShouldBe(HttpStatusCode.Conflict);
        Assert.Equal(done.NextActionDoneAt, (await (await anna.GetAsync($"/api/v1/companies/{company.Id}/activities/{activity.Id}")).ReadAsync<ActivityDto>()).NextActionDoneAt);

        var plain = await LogAsync(anna, company.Id, Activity("2026-03-02T11:00:00Z", null, null));
        var problem = await (await anna.PostAsync($"/api/v1/companies/{company.Id}/activities/{plain.Id}/done", null)).ShouldBe(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("noNextAction", problem.GetProperty("code").GetString());
        await (await anna.PostAsync($"/api/v1/companies/{company.Id}/activities/{Guid.NewGuid()}/done", null)).ShouldBe(HttpStatusCode.NotFound);

        var admin = await AdminAsync();
        var another = await LogAsync(anna, company.Id, Activity("2026-03-02T12:00:00Z", "Ring igen", "2026-03-09"));
        await (await admin.PostAsync($"/api/v1/companies/{company.Id}/activities/{another.Id}/done", null)).ShouldBe(HttpStatusCode.OK);
        await (await (await AnalystAsync()).PostAsync($"/api/v1/companies/{company.Id}/activities/{another.Id}/done", null)).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_next_action_needs_its_day()
    {
        var anna = await ConsultantAsync("Anna Jensen");
        var company = await anna.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var problem = await (await anna.PostAsJsonAsync($"/api/v1/companies/{company.Id}/activities", Activity("2026-03-02T10:00:00Z", "Ring igen", null)))
            .ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("nextActionOn", out _));
    }

    [Fact]
    public async Task The_worklist_merges_follow_ups_and_next_actions_oldest_due_first_with_overdue()
    {
        Api.Clock.StartAt(March2);
        var anna = await ConsultantAsync("Anna Jensen");
        var bo = await ConsultantAsync("Bo Hansen");
        var company = await anna.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var candidate = await anna.RegisterCandidateAsync(PeopleData.Candidate());
        // An internship that ended on 27 February: its "end" follow-up is overdue; the one three months later is far off.
        var placement = await anna.MakePlacementAsync(PeopleData.Placement(candidate.Id, company.Id, "internship", "2026-01-05", "2026-02-27"));
        var overdueAction = await LogAsync(anna, company.Id, Activity("2026-02-20T10:00:00Z", "Send evaluering", "2026-02-28"));
        var dueAction = await LogAsync(anna, company.Id, Activity("2026-03-01T10:00:00Z", "Ring igen", "2026-03-06"));
        await LogAsync(anna, company.Id, Activity("2026-03-01T10:00:00Z", "Møde om et år", "2027-03-01"));
        var bosTask = await LogAsync(bo, company.Id, Activity("2026-03-01T10:00:00Z", "Bos egen opgave", "2026-03-03"));
        var doneAction = await LogAsync(anna, company.Id, Activity("2026-03-01T10:00:00Z", "Allerede gjort", "2026-03-04"));
        await anna.PostAsync($"/api/v1/companies/{company.Id}/activities/{doneAction.Id}/done", null);

        var worklist = await (await anna.GetAsync("/api/v1/worklist")).ReadAsync<Page<WorklistItemDto>>();

        Assert.Equal(
            [(WorklistItemKind.FollowUp, new DateOnly(2026, 2, 27), true), (WorklistItemKind.NextAction, new DateOnly(2026, 2, 28), true), (WorklistItemKind.NextAction, new DateOnly(2026, 3, 6), false)],
            worklist.Items.Select(i => (i.Kind, i.DueDate, i.Overdue)));
        var followUp = worklist.Items[0];
        Assert.Equal((placement.Id, Milestone.End, company.Id, "Gentofte Bageri"), (followUp.PlacementId!.Value, followUp.Milestone!.Value, followUp.CompanyId, followUp.CompanyName));
        Assert.Equal(placement.FollowUps.Single(f => f.Milestone == Milestone.End).Id, followUp.FollowUpId);
        Assert.Equal((overdueAction.Id, "Send evaluering"), (worklist.Items[1].ActivityId!.Value, worklist.Items[1].NextAction));
        Assert.Equal(dueAction.Id, worklist.Items[2].ActivityId);

        var later = await (await anna.GetAsync("/api/v1/worklist?until=2027-12-31")).ReadAsync<Page<WorklistItemDto>>();
        Assert.Equal(5, later.Items.Count);
        var bosList = await (await anna.GetAsync($"/api/v1/worklist?consultantId={bosTask.Author.Id}")).ReadAsync<Page<WorklistItemDto>>();
        Assert.Equal("Bos egen opgave", Assert.Single(bosList.Items).NextAction);
    }

    [Fact]
    public async Task The_worklist_is_paged_without_losing_or_repeating_an_item()
    {
        Api.Clock.StartAt(March2);
        var anna = await ConsultantAsync("Anna Jensen");
        var company = await anna.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        for (var i = 0; i < 3; i++)
        {
            var candidate = await anna.RegisterCandidateAsync(PeopleData.Candidate($"J-{i}", $"Person {i}"));
            await anna.MakePlacementAsync(PeopleData.Placement(candidate.Id, company.Id, "internship", "2026-01-05", "2026-03-0" + (3 + i)));
            await LogAsync(anna, company.Id, Activity("2026-03-01T10:00:00Z", $"Opgave {i}", "2026-03-0" + (3 + i)));
        }
        var all = await (await anna.GetAsync("/api/v1/worklist")).ReadAsync<Page<WorklistItemDto>>();
        Assert.Equal(6, all.Items.Count);

        var seen = new List<WorklistItemDto>();
        string? cursor = null;
        do
        {
            var page = await (await anna.GetAsync($"/api/v1/worklist?limit=4{(cursor is null ? "" : $"&cursor={cursor}")}")).ReadAsync<Page<WorklistItemDto>>();
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        Assert.Equal(all.Items, seen);
        Assert.Equal([WorklistItemKind.FollowUp, WorklistItemKind.NextAction], seen.Take(2).Select(i => i.Kind));
        await (await (await AnalystAsync()).GetAsync("/api/v1/worklist")).ShouldBe(HttpStatusCode.Forbidden);
        await (await anna.GetAsync("/api/v1/worklist?until=9999-12-31")).ShouldBe(HttpStatusCode.BadRequest);
    }
}
