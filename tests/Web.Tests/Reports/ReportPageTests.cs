using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Placements;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Reports;

/// <summary>
/// The committee report on <c>/rapport</c>: shown in the page, downloaded as HTML and Markdown in Danish and
/// English, each only in its language; charts keep their labels inside; every table fits an A4 page in print.
/// </summary>
public class ReportPageTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    /// <summary>1 December 2026, 10:15 UTC: 11.15 in Copenhagen.</summary>
    private static readonly DateTimeOffset ReportDay = new(2026, 12, 1, 10, 15, 0, TimeSpan.Zero);

    /// <summary>The width of an A4 page's content between the report's 14 mm margins, in CSS pixels (96 per inch).</summary>
    private const double A4ContentWidth = (210 - 2 * 14) / 25.4 * 96;

    /// <summary>
    /// Gentofte's scale: 16 placements over two years, 2 a quarter, at three companies without a partnership (one in
    /// the industry with the longest DB07 title). Quarters (2) and half-years (4) would be hidden; years (8) are shown.
    /// </summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var data = new PlacementData(await App.ClientAsync("consultant", Consultant));
        App.Clock.StartAt(new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero));
        var companies = new[]
        {
            await data.Api.RegisterCompanyAsync(data.NextCvr(), "Ordrup Rejser ApS", "791100"),
            await data.Api.RegisterCompanyAsync(data.NextCvr(), "Charlottenlund Film ApS", "591100"),
            await data.Api.RegisterCompanyAsync(data.NextCvr(), "Gentofte Bageri ApS", "107100"),
        };
        for (var i = 0; i < 16; i++)
        {
            var start = new DateOnly(2025 + i / 8, (i % 8 / 2) * 3 + 1, 10 + i % 2);
            App.Clock.StartAt(new DateTimeOffset(start.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
            var candidate = await data.Api.RegisterCandidateAsync(PeopleData.Candidate($"J-2024-{i:D3}", $"Deltager {i}", arrivalDate: "2024-01-01"));
            await data.Api.MakePlacementAsync(PeopleData.Placement(candidate.Id, companies[i % 3].Id, "ordinaryEmployment", start.ToString("yyyy-MM-dd")));
        }
        App.Clock.StartAt(ReportDay);
    }

    private IFrameLocator Preview => Page.FrameLocator("iframe.report-preview");

    private async Task<string> DownloadAsync(string link)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync());
        return await File.ReadAllTextAsync((await download.PathAsync())!);
    }

    [Fact]
    public async Task An_analyst_sees_the_report_in_the_page_and_downloads_it_in_danish_and_in_english()
    {
        await SignInAsync(Page, "analyst", "/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Rapport", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/rapport$"));
        await CheckPageAsync(Page, "Rapport til udvalget", "rapport");

        await Expect(Preview.Locator("h1")).ToHaveTextAsync("Rapport til opgaveudvalget: virksomhedspartnerskaber og beskæftigelse");
        await Expect(Preview.Locator(".meta")).ToHaveTextAsync("Periode: alle forløb til og med 1. december 2026 · Dannet: 1. december 2026 kl. 11.15");
        await Expect(Preview.Locator(".coarser")).ToHaveTextAsync("Vist pr. år, fordi de fleste kvartaler og halvår har for få forløb til at blive vist.");
        await Expect(Preview.Locator("svg").First).ToContainTextAsync("Forløb pr. år og ordning");
        await Expect(Preview.Locator("body")).ToContainTextAsync("Rejsebureauers og rejsearrangørers virksomhed");
        await Expect(Preview.Locator("body")).ToContainTextAsync("Tilbyd Gentofte Bageri ApS et partnerskab");

        var html = await DownloadAsync("Hent HTML");
        Assert.Contains("<html lang=\"da\">", html);
        Assert.Contains("Vist pr. år, fordi de fleste kvartaler", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.Empty(LanguageCheck.EnglishWordsIn(Regex.Replace(html[html.IndexOf("<body", StringComparison.Ordinal)..], "<[^>]+>", " ")));
        var markdown = await DownloadAsync("Hent Markdown");
        Assert.StartsWith("# Rapport til opgaveudvalget", markdown);
        Assert.Contains("Periode: alle forløb til og med 1. december 2026", markdown);
        Assert.Contains("| Ordning | År | Forløb | Personer |", markdown);
        Assert.Contains("| Ordinær ansættelse | 2025 | 8 | 8 |", markdown);
        Assert.Contains("Vist pr. år, fordi de fleste kvartaler og halvår har for få forløb til at blive vist.", markdown);
        Assert.Contains("Gentofte Bageri ApS har haft færre end 5 forløb de seneste 12 måneder uden en partnerskabsaftale.", markdown);
        Assert.Empty(LanguageCheck.EnglishWordsIn(markdown));

        await Page.GetByLabel("Fra", new() { Exact = true }).FillAsync("2025-01-01");
        await Page.GetByLabel("Til", new() { Exact = true }).FillAsync("2026-11-30");
        await Page.GetByLabel("Rapportens sprog").SelectOptionAsync("en");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vis rapport" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("sprog=en"));
        await CheckPageAsync(Page, "Rapport til udvalget", "rapport-engelsk");
        await Expect(Preview.Locator("h1")).ToHaveTextAsync("Report to the task committee: company partnerships and employment");
        await Expect(Preview.Locator(".meta")).ToHaveTextAsync("Period: from 1 January 2025 up to and including 30 November 2026 · Generated: 1 December 2026 at 11:15");
        await Expect(Preview.Locator(".coarser")).ToHaveTextAsync("Shown per year, because most quarters and half-years have too few placements to be shown.");

        var englishHtml = await DownloadAsync("Hent HTML");
        Assert.Contains("<html lang=\"en\">", englishHtml);
        Assert.Contains("Travel agencies and tour operators", englishHtml);
        Assert.Empty(LanguageCheck.DanishWordsIn(Regex.Replace(englishHtml[englishHtml.IndexOf("<body", StringComparison.Ordinal)..], "<[^>]+>", " ")));
        var englishMarkdown = await DownloadAsync("Hent Markdown");
        Assert.StartsWith("# Report to the task committee", englishMarkdown);
        Assert.Contains("| Scheme | Year | Placements | People |", englishMarkdown);
        Assert.Contains("Offer Gentofte Bageri ApS a partnership", englishMarkdown);
        Assert.Empty(LanguageCheck.DanishWordsIn(englishMarkdown));
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task The_report_is_in_one_language_keeps_chart_labels_inside_and_fits_a4_in_print(string lang)
    {
        await SignInAsync(Page, "analyst", "/rapport");
        await Page.GotoAsync($"/rapport/fil?format=html&lang={lang}&visning=1");
        if (lang == "da") await Page.ShouldBeDanishAsync();
        else await Page.ShouldBeEnglishAsync();
        await Page.ShouldBeAccessibleAsync();
        await Page.ShouldHaveOneH1Async();
        Assert.Equal(3, await Page.Locator("svg").CountAsync());
        Assert.Equal("[]", await TextsOutsideTheirChartAsync(Page));
        await Page.KeepScreenshotAsync($"udvalgsrapport-{lang}-skaerm");

        // Print: A4 portrait, the content between the margins; no table may be wider, nor the page.
        await Page.SetViewportSizeAsync((int)Math.Floor(A4ContentWidth), 1123);
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("[]", await TablesWiderThanAsync(Page, A4ContentWidth));
        Assert.True(await Page.EvaluateAsync<double>("() => document.documentElement.scrollWidth") <= A4ContentWidth + 1, "the printed page is wider than A4");
        Assert.Equal("[]", await TextsOutsideTheirChartAsync(Page));
        Assert.True(await Page.Locator("table").CountAsync() >= 5);
        await Page.KeepScreenshotAsync($"udvalgsrapport-{lang}-a4-print");
        var pdf = Path.Combine(PageChecks.ArtifactsFolder, $"udvalgsrapport-{lang}.pdf");
        await Page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        Assert.True(new FileInfo(pdf).Length > 10_000, "the PDF looks empty");
    }

    [Fact]
    public async Task Without_javascript_the_form_refuses_a_period_that_ends_before_it_starts_and_then_shows_the_report_in_english()
    {
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "consultant", "/rapport");
        await page.GetByLabel("Fra", new() { Exact = true }).FillAsync("2026-06-01");
        await page.GetByLabel("Til", new() { Exact = true }).FillAsync("2026-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis rapport" }).ClickAsync();

        var to = page.GetByLabel("Til", new() { Exact = true });
        await Expect(to).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".form-error-message")).ToHaveTextAsync("Til-datoen skal ligge på eller efter fra-datoen.");
        await Expect(page.Locator(".alert-error")).ToContainTextAsync("Til-datoen skal ligge på eller efter fra-datoen.");
        await Expect(page.Locator("iframe")).ToHaveCountAsync(0);
        await CheckPageAsync(page, "Rapport til udvalget", "rapport-fejl");

        await to.FillAsync("2026-11-30");
        await page.GetByLabel("Rapportens sprog").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis rapport" }).ClickAsync();
        await Expect(page.Locator("iframe.report-preview")).ToHaveAttributeAsync("src", "/rapport/fil?format=html&lang=en&from=2026-06-01&to=2026-11-30&visning=1");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hent Markdown" })).ToHaveAttributeAsync("href", "/rapport/fil?format=markdown&lang=en&from=2026-06-01&to=2026-11-30");
        await Expect(page.FrameLocator("iframe.report-preview").Locator(".meta")).ToContainTextAsync("Period: from 1 June 2026 up to and including 30 November 2026");
        await CheckPageAsync(page, "Rapport til udvalget", "rapport-uden-javascript");
    }

    /// <summary>Each SVG text's box (as the browser draws it) that does not lie inside its SVG's viewBox, as JSON.</summary>
    private static Task<string> TextsOutsideTheirChartAsync(IPage page) => page.EvaluateAsync<string>("""
        () => JSON.stringify([...document.querySelectorAll('svg')].flatMap(svg => {
            const view = svg.viewBox.baseVal;
            return [...svg.querySelectorAll('text')].map(text => ({ text: text.textContent, box: text.getBBox(), view }))
                .filter(({ box }) => box.x < view.x - 0.5 || box.y < view.y - 0.5
                    || box.x + box.width > view.x + view.width + 0.5 || box.y + box.height > view.y + view.height + 0.5)
                .map(({ text, box, view }) => `${text}: ${box.x.toFixed(1)},${box.y.toFixed(1)} ${box.width.toFixed(1)}×${box.height.toFixed(1)} in ${view.width}×${view.height}`);
        }))
        """);

    /// <summary>The tables wider than <paramref name="width"/> (drawn or scrolled), as JSON.</summary>
    private static Task<string> TablesWiderThanAsync(IPage page, double width) => page.EvaluateAsync<string>("""
        width => JSON.stringify([...document.querySelectorAll('table')]
            .map(t => ({ caption: t.caption?.textContent, width: t.getBoundingClientRect().width, scroll: t.scrollWidth }))
            .filter(t => t.width > width + 0.5 || t.scroll > width + 0.5))
        """, width);
}
