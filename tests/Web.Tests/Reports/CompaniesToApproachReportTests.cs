using System.Net.Http.Json;
using Microsoft.Playwright;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Domain.Placements;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Reports;

/// <summary>The report on <c>/rapport</c> lists, under a recommendation to recruit partners in an industry, the companies to approach first.</summary>
public class CompaniesToApproachReportTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    [Fact]
    public async Task The_report_lists_the_industrys_register_companies_to_approach_largest_first()
    {
        var client = await App.ClientAsync("consultant", Consultant);
        var cvrs = new Queue<string>(TestData.CvrNumbers(3_180_000).Take(4));
        var company = await client.RegisterCompanyAsync(cvrs.Dequeue(), "Kroen Hvor Folk Bliver", "562100");
        var now = App.Clock.GetUtcNow();
        App.Clock.StartAt(now.AddDays(-250));
        var placements = new List<Application.Placements.PlacementDto>();
        for (var i = 0; i < 5; i++)
        {
            var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate($"K-{i}", $"Deltager {i}"));
            placements.Add(await client.MakePlacementAsync(PeopleData.Placement(
                candidate.Id, company.Id, "ordinaryEmployment", DateOnly.FromDateTime(now.AddDays(-250).UtcDateTime).ToString("yyyy-MM-dd"))));
        }
        App.Clock.StartAt(now);
        foreach (var placement in placements)
            (await client.PostAsJsonAsync($"/api/v1/follow-ups/{placement.FollowUps.Single(f => f.Milestone == Milestone.SixMonths).Id}/complete",
                new { outcome = "employedSameCompany" })).EnsureSuccessStatusCode();
        var small = await InRegisterAsync(client, cvrs.Dequeue(), "Kystcaféen", 12);
        var large = await InRegisterAsync(client, cvrs.Dequeue(), "Strandkroen", 45);

        await SignInAsync(Page, "analyst", "/rapport");
        await CheckPageAsync(Page, "Rapport til udvalget", "rapport-virksomheder-at-kontakte");

        var preview = Page.FrameLocator("iframe.report-preview");
        await Expect(preview.Locator("ol.recommendations")).ToContainTextAsync("Virksomheder at kontakte først:");
        await Expect(preview.Locator("ul.to-approach li")).ToHaveTextAsync([$"Strandkroen (CVR {large}, 45 ansatte)", $"Kystcaféen (CVR {small}, 12 ansatte)"]);
    }

    private async Task<string> InRegisterAsync(HttpClient client, string cvr, string name, int employees)
    {
        var company = await client.RegisterCompanyAsync(cvr, name, "561010");
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand(
            "UPDATE companies SET register_record = jsonb_build_object('name', name), employee_count = $2 WHERE id = $1", connection);
        update.Parameters.Add(new() { Value = company.Id });
        update.Parameters.Add(new() { Value = employees });
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
        return cvr;
    }
}
