using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Placements;

namespace PartnerCrm.Api.Tests.Statistics;

/// <summary>Seeded data with figures counted by hand.</summary>
public class RetentionConversionSummaryTests(ApiFactory api) : ApiTest(api)
{
    private static readonly DateTimeOffset January5 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset November20 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private int _people;

    private async Task<PlacementDto> PlaceAsync(HttpClient client, Guid companyId, string type, string start, string? plannedEnd = null, Guid? candidateId = null)
    {
        candidateId ??= (await client.RegisterCandidateAsync(PeopleData.Candidate($"J-{++_people}", $"Person {_people}"))).Id;
        return await client.MakePlacementAsync(PeopleData.Placement(candidateId.Value, companyId, type, start, plannedEnd));
    }

    private static async Task CompleteAsync(HttpClient client, FollowUpDto followUp, string outcome) =>
        await (await client.PostAsJsonAsync($"/api/v1/follow-ups/{followUp.Id}/complete", new { outcome })).ShouldBe(HttpStatusCode.OK);

    [Fact]
    public async Task Retention_at_six_months_matches_the_hand_count()
    {
        Api.Clock.StartAt(January5);
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var placements = new List<PlacementDto>();
        for (var i = 0; i < 12; i++) placements.Add(await PlaceAsync(client, company.Id, "ordinaryEmployment", "2026-01-05"));
        Api.Clock.StartAt(November20);
        var outcomes = new[] { "employedSameCompany", "employedSameCompany", "employedSameCompany", "employedSameCompany", "employedSameCompany",
            "employedSameCompany", "employedOtherCompany", "employedOtherCompany", "inEducation", "unemployed" };
        for (var i = 0; i < outcomes.Length; i++)
            await CompleteAsync(client, placements[i].FollowUps.Single(f => f.Milestone == Domain.Placements.Milestone.SixMonths), outcomes[i]);

        var body = await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/retention?milestone=6m")).ShouldBe(HttpStatusCode.OK);
        var total = body.GetProperty("total");

        Assert.Equal((12, 10, 6, 8), (total.GetProperty("due").GetInt32(), total.GetProperty("followedUp").GetInt32(),
            total.GetProperty("employedSameCompany").GetInt32(), total.GetProperty("employed").GetInt32()));
        Assert.Equal(0.6m, total.GetProperty("retentionRate").GetDecimal());
        Assert.Equal(0.8m, total.GetProperty("employmentRate").GetDecimal());
        // One person in education is below the threshold: the count and the rate that uses it are hidden.
        Assert.Equal(JsonValueKind.Null, total.GetProperty("inEducation").ValueKind);
        Assert.Equal(JsonValueKind.Null, total.GetProperty("selfSufficiencyRate").ValueKind);
        Assert.True(total.GetProperty("suppressed").GetBoolean());

        var twelve = (await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/retention?milestone=12m")).ShouldBe(HttpStatusCode.OK)).GetProperty("total");
        Assert.Equal(0, twelve.GetProperty("due").GetInt32());
        Assert.Equal(JsonValueKind.Null, twelve.GetProperty("retentionRate").ValueKind);
        await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/retention?milestone=9m")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Internship_conversion_counts_paid_work_within_90_days_of_the_end()
    {
        Api.Clock.StartAt(January5);
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        for (var i = 0; i < 5; i++)
        {
            var internship = await PlaceAsync(client, company.Id, "internship", "2026-02-02", "2026-04-24");
            await PlaceAsync(client, company.Id, "ordinaryEmployment", "2026-07-23", candidateId: internship.CandidateId); // 90 days after the end
        }
        for (var i = 0; i < 5; i++)
        {
            var internship = await PlaceAsync(client, company.Id, "internship", "2026-02-02", "2026-04-24");
            await PlaceAsync(client, company.Id, "wageSubsidy", "2026-07-24", "2026-12-31", internship.CandidateId); // 91 days: too late
        }
        await PlaceAsync(client, company.Id, "internship", "2026-08-03", "2026-10-30"); // its 90 days have not passed
        Api.Clock.StartAt(November20);

        var body = await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/conversion?groupBy=type")).ShouldBe(HttpStatusCode.OK);
        var total = body.GetProperty("total");
        Assert.Equal(10, total.GetProperty("internships").GetInt32());
        Assert.Equal(5, total.GetProperty("convertedWithin90Days").GetInt32());
        Assert.Equal(0.5m, total.GetProperty("conversionRate").GetDecimal());

        var csv = Encoding.UTF8.GetString(await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/conversion?format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("internships,convertedWithin90Days,conversionRate", csv);
        Assert.EndsWith("10,5,0.5", csv.Replace("0.500", "0.5").TrimEnd());
    }

    [Fact]
    public async Task The_summary_has_the_headline_figures()
    {
        Api.Clock.StartAt(January5);
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        await client.ProposePartnershipAsync(company.Id, "active");
        await client.PostAsJsonAsync("/api/v1/internships", new
        {
            companyId = company.Id, title = "Køkkenhjælp", city = "Gentofte", postalCode = "2820", startDate = "2026-12-01",
            durationWeeks = 8, hoursPerWeek = 30, slots = 3,
        });
        for (var i = 0; i < 6; i++) await PlaceAsync(client, company.Id, "ordinaryEmployment", "2026-01-05");
        Api.Clock.StartAt(November20);

        var summary = await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/summary")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(1, summary.GetProperty("activePartnerships").GetInt32());
        Assert.Equal(3, summary.GetProperty("openInternshipSlots").GetInt32());
        Assert.Equal(6, summary.GetProperty("activePlacements").GetInt32());
        Assert.Equal(6, summary.GetProperty("placementsThisYear").GetInt32());
        // Each has three overdue follow-ups (1, 3 and 6 months); the 12-month ones are not due yet.
        Assert.Equal(18, summary.GetProperty("overdueFollowUps").GetInt32());
        // Arrived 1 June 2025, placed 5 January 2026.
        Assert.Equal(218, summary.GetProperty("medianDaysFromArrivalToFirstPlacement").GetDouble());
        Assert.Equal(0m, summary.GetProperty("followUpCompliance").GetDecimal());
        Assert.Equal(6, summary.GetProperty("placementsAtActivePartnershipsLast12Months").GetInt32());
        Assert.Equal(1.5m, summary.GetProperty("slotUse").GetDecimal());

        var csv = await (await AnalystAsync()).GetAsync("/api/v1/statistics/summary?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("activePlacements,6", Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Small_summary_counts_are_hidden()
    {
        Api.Clock.StartAt(January5);
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        for (var i = 0; i < 2; i++) await PlaceAsync(client, company.Id, "ordinaryEmployment", "2026-01-05");

        var summary = await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/summary")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(JsonValueKind.Null, summary.GetProperty("activePlacements").ValueKind);
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("medianDaysFromArrivalToFirstPlacement").ValueKind);
    }
}
