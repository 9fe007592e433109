using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Api.Tests.Statistics;
using PartnerCrm.Application.Placements;
using PartnerCrm.Web.Tests.Infrastructure;

namespace PartnerCrm.Web.Tests.Statistics;

/// <summary>
/// <c>/statistik/fil</c>: a signed-in staff member downloads a statistics table as a file for a person — a
/// CSV that opens in Danish columns with decimal commas and Danish words, an XLSX with Danish titles —
/// through the same query (validated, audited) as the REST API.
/// </summary>
public class StatisticsDownloadTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    private const string Retention = "/statistik/fil?table=retention&milestone=6m&from=2026-01-01&to=2026-06-30&groupBy=type";

    /// <summary>12 ordinary jobs from 5 January 2026; 10 followed up at 6 months: 6 at the same company, 2 elsewhere, 1 in education.</summary>
    private async Task SeedAsync()
    {
        App.Clock.StartAt(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var client = await App.ClientAsync("consultant", Consultant);
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri", "107100");
        var placements = new List<PlacementDto>();
        for (var i = 0; i < 12; i++)
        {
            var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate($"J-{i}", $"Deltager {i}"));
            placements.Add(await client.MakePlacementAsync(PeopleData.Placement(candidate.Id, company.Id, "ordinaryEmployment", "2026-01-05", null)));
        }
        App.Clock.StartAt(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        string[] outcomes = ["employedSameCompany", "employedSameCompany", "employedSameCompany", "employedSameCompany", "employedSameCompany",
            "employedSameCompany", "employedOtherCompany", "employedOtherCompany", "inEducation", "unemployed"];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var followUp = placements[i].FollowUps.Single(f => f.Milestone == Domain.Placements.Milestone.SixMonths);
            await (await client.PostAsJsonAsync($"/api/v1/follow-ups/{followUp.Id}/complete", new { outcome = outcomes[i] })).ShouldBe(HttpStatusCode.OK);
        }
    }

    private async Task<IAPIResponse> DownloadAsync(IPage page, string url) =>
        await page.APIRequest.GetAsync(BaseUrl + url, new() { MaxRedirects = 0 });

    [Fact]
    public async Task An_analyst_downloads_a_Danish_csv_and_xlsx_and_each_download_is_audited()
    {
        await SeedAsync();
        await SignInAsync(Page, "analyst", "/virksomheder");

        var csv = await DownloadAsync(Page, Retention + "&format=csv");
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("text/csv", csv.Headers["content-type"]);
        Assert.Contains("fastholdelse-6m-2026-01-01-2026-06-30.csv", csv.Headers["content-disposition"]);
        var rows = Spreadsheets.ReadCsv(await csv.BodyAsync(), ';');
        Assert.Equal(["Ordning", "Forfaldne", "Fulgt op", "I job i samme virksomhed", "I job", "I uddannelse", "Fastholdelse", "Beskæftigelse", "Selvforsørgelse"], rows[0]);
        Assert.All(rows, row => Assert.Equal(9, row.Count));
        var jobs = rows.Single(r => r[0] == "Ordinær ansættelse");
        Assert.Equal(["12", "10", "6", "8", "<5"], jobs[1..6]);
        Assert.Matches("^0,60*$", jobs[6]);
        Assert.Equal(0.8m, decimal.Parse(jobs[7], Spreadsheets.Danish));
        Assert.Equal("I alt", rows[^1][0]);

        var xlsx = await DownloadAsync(Page, Retention + "&format=xlsx");
        Assert.Equal(200, xlsx.Status);
        Assert.Contains("fastholdelse-6m-2026-01-01-2026-06-30.xlsx", xlsx.Headers["content-disposition"]);
        var book = Spreadsheets.OpenXlsx(await xlsx.BodyAsync());
        Assert.Equal(rows[0], book.Header);
        Assert.True(book.Cell("Ordinær ansættelse", "Fastholdelse").IsPercent);
        Assert.Equal(12, book.Cell("Ordinær ansættelse", "Forfaldne").Number);

        var placements = Spreadsheets.ReadCsv(await (await DownloadAsync(Page, "/statistik/fil?table=placements&from=2026-01-01&to=2026-06-30&groupBy=type&format=csv")).BodyAsync(), ';');
        Assert.Equal(["Ordning", "Forløb", "Personer"], placements[0]);

        var admin = await App.ClientAsync("admin", Admin);
        using var trail = JsonDocument.Parse(await (await admin.GetAsync("/api/v1/audit?action=export&entity=statistics")).Content.ReadAsStringAsync());
        Assert.Equal(3, trail.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_file_speaks_English_when_the_user_chose_English()
    {
        await SeedAsync();
        await SignInAsync(Page, "consultant", "/virksomheder");
        await Page.GotoAsync("/sprog/en?returnUrl=%2Fvirksomheder");

        var rows = Spreadsheets.ReadCsv(await (await DownloadAsync(Page, Retention + "&format=csv")).BodyAsync(), ';');
        Assert.Equal("Scheme", rows[0][0]);
        Assert.Equal("Retention", rows[0][6]);
        Assert.Equal("Ordinary employment", rows[1][0]);
        Assert.Matches("^0,60*$", rows[1][6]);
        var xlsx = await DownloadAsync(Page, Retention + "&format=xlsx");
        Assert.Contains("retention-6m-2026-01-01-2026-06-30.xlsx", xlsx.Headers["content-disposition"]);
        Assert.Equal("Retention", Spreadsheets.OpenXlsx(await xlsx.BodyAsync()).Header[6]);
    }

    [Theory]
    [InlineData("table=colour&format=csv", "table")]
    [InlineData("table=placements&from=1.1.2026&format=csv", "from")]
    [InlineData("table=placements&format=pdf", "format")]
    [InlineData("table=placements&groupBy=type,gender,month&format=csv", "groupBy")]
    [InlineData("table=retention&milestone=9m&format=xlsx", "milestone")]
    [InlineData("table=placements&from=2026-06-30&to=2026-01-01&format=csv", "to")]
    public async Task A_link_that_cannot_be_used_answers_400_in_Danish_never_an_error(string query, string parameter)
    {
        await SignInAsync(Page, "analyst", "/virksomheder");
        var response = await DownloadAsync(Page, "/statistik/fil?" + query);
        Assert.Equal(400, response.Status);
        Assert.StartsWith("application/problem+json", response.Headers["content-type"]);
        using var problem = JsonDocument.Parse(await response.TextAsync());
        Assert.Equal("Filen kan ikke laves", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains(parameter, problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_a_session_the_link_leads_to_sign_in_not_to_a_file()
    {
        var response = await DownloadAsync(Page, Retention + "&format=csv");
        Assert.Equal(302, response.Status);
        Assert.Contains("/login", response.Headers["location"]);
        Assert.DoesNotContain("content-disposition", response.Headers.Keys);
    }
}
