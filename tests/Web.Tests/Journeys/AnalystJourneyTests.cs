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
        Assert.Equal(shown, book.Rows.Select(row => Spread(row, shown[0].Count)).ToList());
        Assert.True(book.Rows[1][2].IsNumber, $"{book.Rows[1][2].Reference} is a count, written as a number");

        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Rapport", Exact = true }).ClickAsync();
        await CheckPageAsync(Page, "Rapport til udvalget", "analytiker-rapport");
        var preview = Page.FrameLocator("iframe.report-preview");
        await Expect(preview.Locator("h1")).ToHaveTextAsync("Rapport til opgaveudvalget: virksomhedspartnerskaber og beskæftigelse");
        var danish = await DownloadTextAsync("Hent HTML");
        Assert.Contains("<html lang=\"da\">", danish);
        Assert.Contains("Virksomhedspraktik", danish);
        Assert.Empty(LanguageCheck.EnglishWordsIn(BodyText(danish)));

        await Page.GetByLabel("Rapportens sprog").SelectOptionAsync("en");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vis rapport" }).ClickAsync();
        await Expect(preview.Locator("h1")).ToHaveTextAsync("Report to the task committee: company partnerships and employment");
        await CheckPageAsync(Page, "Rapport til udvalget", "analytiker-rapport-engelsk");
        var english = await DownloadTextAsync("Hent HTML");
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Internship", english);
        Assert.Empty(LanguageCheck.DanishWordsIn(BodyText(english)));
        var markdown = await DownloadTextAsync("Hent Markdown");
        Assert.StartsWith("# Report to the task committee", markdown);
        Assert.Empty(LanguageCheck.DanishWordsIn(markdown));
    }

    /// <summary>A sheet's row as its columns: an empty cell is not written in the file, and reads as empty.</summary>
    private static List<string> Spread(IEnumerable<Spreadsheets.SheetCell> row, int columns)
    {
        var cells = Enumerable.Repeat("", columns).ToList();
        foreach (var cell in row) cells[Column(cell.Reference)] = Normalise(cell.Text);
        return cells;
    }

    /// <summary>The column of a cell reference, from 0: "A3" → 0, "C3" → 2.</summary>
    private static int Column(string reference) =>
        reference.TakeWhile(char.IsAsciiLetterUpper).Aggregate(0, (column, letter) => column * 26 + letter - 'A' + 1) - 1;

    private async Task<string> DownloadTextAsync(string link)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync());
        return await File.ReadAllTextAsync((await download.PathAsync())!);
    }

    private static string BodyText(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html[html.IndexOf("<body", StringComparison.Ordinal)..], "<[^>]+>", " ");

    /// <summary>The header and every line of the page's table as a person sees them (without the words only screen readers hear).</summary>
    private async Task<List<List<string>>> ShownCellsAsync()
    {
        var rows = await Page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('#statistics-result table tr')].map(row => [...row.querySelectorAll('th, td')].map(cell => {
                const copy = cell.cloneNode(true);
                copy.querySelectorAll('.sr-only').forEach(hidden => hidden.remove());
                return copy.textContent.trim();
            }))
            """);
        return rows.Select(row => row.Select(Normalise).ToList()).ToList();
    }

    /// <summary>One way of writing a cell on the page and in both files: a count as digits, without thousands separators.</summary>
    private static string Normalise(string text) =>
        long.TryParse(text.Trim().Replace(".", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count.ToString(CultureInfo.InvariantCulture)
            : text.Trim();
}
