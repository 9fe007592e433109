using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Placements;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Api.Tests.Placements;

public class FollowUpsTests(ApiFactory api) : ApiTest(api)
{
    private async Task<(HttpClient Anna, HttpClient Bo, PlacementDto AnnasPlacement, PlacementDto BosPlacement)> SetUpAsync()
    {
        Api.Clock.StartAt(new DateTimeOffset(2026, 1, 31, 9, 0, 0, TimeSpan.Zero));
        var anna = await ConsultantAsync("Anna Jensen");
        var bo = await ConsultantAsync("Bo Larsen");
        var company = await anna.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var amira = await anna.RegisterCandidateAsync(PeopleData.Candidate());
        var yonas = await anna.RegisterCandidateAsync(PeopleData.Candidate("J-2026-002", "Yonas"));
        var annas = await anna.MakePlacementAsync(PeopleData.Placement(amira.Id, company.Id, "ordinaryEmployment", "2026-01-31"));
        var bos = await bo.MakePlacementAsync(PeopleData.Placement(yonas.Id, company.Id, "internship", "2026-02-02", "2026-04-30"));
        return (anna, bo, annas, bos);
    }

    private static async Task<IReadOnlyList<FollowUpDto>> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/follow-ups{query}");
        await response.ShouldBe(HttpStatusCode.OK);
        return (await response.ReadAsync<Page<FollowUpDto>>()).Items;
    }

    [Fact]
    public async Task Follow_ups_are_listed_by_due_date_with_month_ends_clamped()
    {
        var (anna, _, annas, _) = await SetUpAsync();
        var all = await ListAsync(anna, "");
        Assert.Equal(6, all.Count);
        Assert.Equal(all.OrderBy(f => f.DueDate).Select(f => f.Id), all.Select(f => f.Id));
        var mine = all.Where(f => f.PlacementId == annas.Id).ToDictionary(f => f.Milestone, f => f.DueDate);
        Assert.Equal(new DateOnly(2026, 2, 28), mine[Milestone.OneMonth]);
        Assert.Equal(new DateOnly(2026, 4, 30), mine[Milestone.ThreeMonths]);
        Assert.Equal(new DateOnly(2026, 7, 31), mine[Milestone.SixMonths]);
        Assert.Equal(new DateOnly(2027, 1, 31), mine[Milestone.TwelveMonths]);
    }

    [Fact]
    public async Task A_pending_follow_up_past_its_due_date_is_overdue()
    {
        var (anna, _, annas, _) = await SetUpAsync();
        Assert.Empty(await ListAsync(anna, "?overdue=true"));

        Api.Clock.Advance(TimeSpan.FromDays(29)); // 1 March: the 28 February follow-up is overdue
        var overdue = await ListAsync(anna, "?overdue=true");
        var oneMonth = Assert.Single(overdue);
        Assert.Equal((annas.Id, Milestone.OneMonth, true), (oneMonth.PlacementId, oneMonth.Milestone, oneMonth.Overdue));
        Assert.Equal(5, (await ListAsync(anna, "?overdue=false")).Count);

        await (await anna.PostAsJsonAsync($"/api/v1/follow-ups/{oneMonth.Id}/complete", new { outcome = "employedSameCompany" })).ShouldBe(HttpStatusCode.OK);
        Assert.Empty(await ListAsync(anna, "?overdue=true"));
    }

    [Fact]
    public async Task Filters_narrow_the_work_list()
    {
        var (anna, bo, annas, bos) = await SetUpAsync();
        Assert.All(await ListAsync(anna, "?consultantId=me"), f => Assert.Equal(annas.Id, f.PlacementId));
        Assert.All(await ListAsync(bo, "?consultantId=me"), f => Assert.Equal(bos.Id, f.PlacementId));
        Assert.Equal(4, (await ListAsync(bo, $"?consultantId={annas.Consultant.Id}")).Count);
        Assert.Equal(2, (await ListAsync(anna, $"?placementId={bos.Id}")).Count);
        Assert.Equal(2, (await ListAsync(anna, $"?candidateId={bos.CandidateId}")).Count);
        Assert.Equal(6, (await ListAsync(anna, $"?companyId={annas.CompanyId}")).Count);
        Assert.Equal([Milestone.OneMonth, Milestone.End], (await ListAsync(anna, "?dueBefore=2026-05-01")).Select(f => f.Milestone).Where(m => m is Milestone.OneMonth or Milestone.End));
        Assert.Equal(6, (await ListAsync(anna, "?status=pending")).Count);
        Assert.Empty(await ListAsync(anna, "?status=completed"));
        await (await anna.GetAsync("/api/v1/follow-ups?status=late")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Completing_records_the_outcome_once()
    {
        var (anna, _, annas, _) = await SetUpAsync();
        var followUp = annas.FollowUps[0];
        var url = $"/api/v1/follow-ups/{followUp.Id}/complete";

        var completed = await anna.PostAsJsonAsync(url, new
        {
            outcome = "employedSameCompany", hoursPerWeek = 32, employerSatisfaction = 5, candidateSatisfaction = 4, notes = "Trives godt",
        });
        await completed.ShouldBe(HttpStatusCode.OK);
        var body = await completed.ReadAsync<FollowUpDto>();
        Assert.Equal((FollowUpStatus.Completed, Outcome.EmployedSameCompany, 32m, 5, 4), (body.Status, body.Outcome!.Value, body.HoursPerWeek!.Value, body.EmployerSatisfaction!.Value, body.CandidateSatisfaction!.Value));
        Assert.Equal("Anna Jensen", body.CompletedBy!.Name);
        Assert.NotNull(body.CompletedAt);

        await (await anna.PostAsJsonAsync(url, new { outcome = "unknown" })).ShouldBe(HttpStatusCode.Conflict);
        await (await anna.PostAsJsonAsync($"/api/v1/follow-ups/{Guid.NewGuid()}/complete", new { outcome = "unknown" })).ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{ }", "outcome")]
    [InlineData("{ \"outcome\": \"retired\" }", "outcome")]
    [InlineData("{ \"outcome\": \"unknown\", \"employerSatisfaction\": 0 }", "employerSatisfaction")]
    [InlineData("{ \"outcome\": \"unknown\", \"candidateSatisfaction\": 6 }", "candidateSatisfaction")]
    [InlineData("{ \"outcome\": \"unknown\", \"notes\": \"cpr 0101901234\" }", "notes")]
    public async Task Invalid_completions_answer_400_and_change_nothing(string body, string field)
    {
        var (anna, _, annas, _) = await SetUpAsync();
        var url = $"/api/v1/follow-ups/{annas.FollowUps[0].Id}/complete";
        var problem = await (await anna.PostAsync(url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(FollowUpStatus.Pending, (await ListAsync(anna, $"?placementId={annas.Id}")).First().Status);
    }

    [Fact]
    public async Task A_person_who_left_is_not_followed_up()
    {
        var (anna, _, annas, _) = await SetUpAsync();
        await (await anna.PostAsJsonAsync($"/api/v1/placements/{annas.Id}/end", new { endDate = "2026-03-15", endReason = "candidateLeft" })).ShouldBe(HttpStatusCode.OK);
        Assert.All(await ListAsync(anna, $"?placementId={annas.Id}"), f => Assert.Equal(FollowUpStatus.Cancelled, f.Status));
        await (await anna.PostAsJsonAsync($"/api/v1/follow-ups/{annas.FollowUps[1].Id}/complete", new { outcome = "unknown" })).ShouldBe(HttpStatusCode.Conflict);
    }
}
