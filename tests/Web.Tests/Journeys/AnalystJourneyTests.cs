using System.Globalization;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Api.Tests.Statistics;
using PartnerCrm.Web.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Placements;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Journeys;

/// <summary>
/// An analyst's journey: a statistics table picked on the page, downloaded as CSV and as Excel — each file
/// holding exactly the cells the page shows — and the committee's report read in Danish and in English.
/// </summary>
public class AnalystJourneyTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    /// <summary>Eight internships and six wage-subsidy jobs at a bakery, two IGU jobs at a nursery, in the first half of 2026.</summary>
    private async Task SeedAsync()
    {
        App.Clock.StartAt(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        var data = new PlacementData(await App.ClientAsync("consultant", Consultant));
        var bakery = await data.CompanyAsync("Bageriet Blomst ApS");
        var nursery = await data.CompanyAsync("Gartneriet Lærkereden ApS");
        var people = 0;
        async Task PlaceAsync(int count, Application.Companies.CompanyDto company, string type, string start, string? plannedEnd)
        {
            for (var i = 0; i < count; i++)
                await data.PlacementAsync(await data.CandidateAsync($"Deltager {++people}"), company, type, start, plannedEnd);
        }
        await PlaceAsync(8, bakery, "internship", "2026-01-05", "2026-03-30");
        await PlaceAsync(6, bakery, "wageSubsidy", "2026-04-06", "2026-09-28");
        await PlaceAsync(2, nursery, "igu", "2026-05-04", "2027-05-03");
        App.Clock.StartAt(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Statistics_then_both_files_with_the_cells_shown_then_the_report_in_Danish_and_English()
    {
        await SeedAsync();
        await SignInAsync(Page, "analyst", "/");
        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Statistik" }).ClickAsync();
        await CheckPageAsync(Page, "Statistik", "analytiker-statistik");

        await Page.GetByLabel("Fra (frivilligt)", new() { Exact = true }).FillAsync("2026-01-01");
        await Page.GetByLabel("Til (frivilligt)", new() { Exact = true }).FillAsync("2026-06-30");
        await Page.GetByLabel("Gruppering", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ordning" });
        await Page.GetByLabel("Anden gruppering").SelectOptionAsync(new SelectOptionValue { Label = "Kvartal" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vis tabel" }).ClickAsync();
        await Expect(Page.Locator("#result-heading")).ToHaveTextAsync("Forløb og personer, fra 1. januar 2026 til og med 30. juni 2026");
        await CheckPageAsync(Page, "Statistik", "analytiker-statistik-ordning-kvartal");
        var shown = await ShownCellsAsync();
        Assert.Contains(shown, row => row[0] == "Virksomhedspraktik" && row[1] == "1. kvartal 2026" && row[2] == "8");
        Assert.Contains(shown, row => row.Contains("<5"));

        var csvFile = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Hent CSV" }).ClickAsync());
        Assert.Equal("forloeb-2026-01-01-2026-06-30.csv", csvFile.SuggestedFilename);
        var csv = Spreadsheets.ReadCsv(await File.ReadAllBytesAsync((await csvFile.PathAsync())!), ';');
        Assert.Equal(shown, csv.Select(row => row.Select(Normalise).ToList()).ToList());

        var xlsxFile = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Hent Excel" }).ClickAsync());
        Assert.Equal("forloeb-2026-01-01-2026-06-30.xlsx", xlsxFile.SuggestedFilename);
        var book = Spreadsheets.OpenXlsx(await File.ReadAllBytesAsync((await xlsxFile.PathAsync())!));
        Assert.Equal(shown, book.Rows.Select(row => row.Select(cell => Normalise(cell.Text)).ToList()).ToList());
        Assert.True(book.Cell("Virksomhedspraktik", "Forløb").IsNumber);
    }

    /// <summary>The header and every line of the page's table as text, a count without thousands separators.</summary>
    private async Task<List<List<string>>> ShownCellsAsync()
    {
        var rows = await Page.Locator("#statistics-result table tr").AllAsync();
        var cells = new List<List<string>>();
        foreach (var row in rows)
            cells.Add((await row.Locator("th, td").AllInnerTextsAsync()).Select(text => Normalise(text.Trim())).ToList());
        return cells;
    }

    /// <summary>
    /// One way of writing a cell on the page and in both files: a hidden count as "&lt;5" (the page adds words for screen
    /// readers that are not shown), a count as digits.
    /// </summary>
    private static string Normalise(string text)
    {
        var visible = text.Split('\n')[0].Trim();
        return long.TryParse(visible.Replace(".", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count.ToString(CultureInfo.InvariantCulture) : visible;
    }
}
