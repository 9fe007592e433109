using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Recommendations;
using PartnerCrm.Infrastructure.Database;

namespace PartnerCrm.Api.Tests.Statistics;

public class ReportsTests(ApiFactory api) : ApiTest(api)
{
    private static readonly string Artifacts = Path.Combine(DatabaseServer.FindCheckout(AppContext.BaseDirectory), "tests", "Api.Tests", "artifacts");

    /// <summary>A company that placed 3 people without a partnership, and a partner that has been quiet since January.</summary>
    private async Task SeedAsync()
    {
        Api.Clock.StartAt(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var client = await ConsultantAsync();
        var informal = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri", "107100");
        var quiet = await client.RegisterCompanyAsync("62761113", "Hellerup Rengøring", "812100");
        await client.ProposePartnershipAsync(quiet.Id, "active");
        for (var i = 0; i < 3; i++)
        {
            var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate($"J-{i}", $"Person {i}"));
            await client.MakePlacementAsync(PeopleData.Placement(candidate.Id, informal.Id, "internship", "2026-06-01", "2026-08-14"));
        }
        Api.Clock.StartAt(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Recommendations_fire_on_the_seeded_data_best_first()
    {
        await SeedAsync();
        var response = await (await AnalystAsync()).GetAsync("/api/v1/recommendations/partnerships");
        var body = await response.ShouldBe(HttpStatusCode.OK);
        var items = body.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(["reactivate", "formalize"], items.Select(i => i.GetProperty("kind").GetString()).Where(k => k is "reactivate" or "formalize"));
        var formalize = items.Single(i => i.GetProperty("kind").GetString() == "formalize");
        Assert.Contains("fewer than 5", formalize.GetProperty("reason").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, formalize.GetProperty("evidence").GetProperty("placementsLast12Months").ValueKind);
        var scores = items.Select(i => i.GetProperty("score").GetInt32()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.True(body.GetProperty("generatedAt").GetDateTimeOffset() > DateTimeOffset.MinValue);
    }

    [Fact]
    public async Task Recommendations_are_in_danish_with_lang_da_and_keep_their_fields()
    {
        await SeedAsync();
        var analyst = await AnalystAsync();
        var danish = await (await analyst.GetAsync("/api/v1/recommendations/partnerships?lang=da")).ShouldBe(HttpStatusCode.OK);
        var formalize = danish.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "formalize");
        Assert.Equal("Tilbyd Gentofte Bageri et partnerskab", formalize.GetProperty("title").GetString());
        Assert.Equal("Gentofte Bageri har haft færre end 5 forløb de seneste 12 måneder uden en partnerskabsaftale.", formalize.GetProperty("reason").GetString());
        Assert.Equal("10", formalize.GetProperty("industry").GetString());
        var english = await (await analyst.GetAsync("/api/v1/recommendations/partnerships?lang=en")).ShouldBe(HttpStatusCode.OK);
        Assert.Contains(english.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString() == "Offer Gentofte Bageri a partnership");
        await (await analyst.GetAsync("/api/v1/recommendations/partnerships?lang=sv")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Placements_can_be_counted_per_half_year()
    {
        await SeedAsync();
        var body = await (await (await AnalystAsync()).GetAsync("/api/v1/statistics/placements?groupBy=halfYear")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(["2026-H1"], body.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("group").GetProperty("halfYear").GetString()));
    }

    [Theory]
    [InlineData("da", "Rapport til opgaveudvalget", "Nøgletal")]
    [InlineData("en", "Report to the task committee", "Headline figures")]
    public async Task The_html_report_is_self_contained_in_danish_or_english(string lang, string title, string headline)
    {
        await SeedAsync();
        var response = await (await AnalystAsync()).GetAsync($"/api/v1/reports/committee?lang={lang}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains(title, html);
        Assert.Contains(headline, html);
        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(html, "<svg "));
        Assert.Contains("@page { size: A4", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("Person 1", html);
        Assert.Contains("&lt;5", html);
        Assert.Contains(lang == "da" ? "Fremstilling af fødevarer" : "Manufacture of food products", html);
        Assert.Contains(lang == "da" ? "Tilbyd Gentofte Bageri et partnerskab" : "Offer Gentofte Bageri a partnership", html);
        Assert.DoesNotContain(" UTC", html);
    }

    [Fact]
    public async Task A_report_for_a_period_without_placements_is_still_a_report()
    {
        var analyst = await AnalystAsync();
        var html = await analyst.GetAsync("/api/v1/reports/committee?from=2020-01-01&to=2020-12-31");
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("Nøgletal", await html.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/v1/reports/committee?format=markdown")).StatusCode);
    }

    [Fact]
    public async Task The_markdown_report_has_the_same_content_without_charts()
    {
        await SeedAsync();
        var response = await (await AnalystAsync()).GetAsync("/api/v1/reports/committee?format=markdown&lang=en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Report to the task committee", markdown);
        Assert.Contains("## Recommendations", markdown);
        Assert.Contains("| Scheme | Placements | People |", markdown);
        Assert.Contains("Offer Gentofte Bageri a partnership", markdown);
        Assert.DoesNotContain("<svg", markdown);
        await (await (await AnalystAsync()).GetAsync("/api/v1/reports/committee?format=pdf")).ShouldBe(HttpStatusCode.BadRequest);
        await (await (await AnalystAsync()).GetAsync("/api/v1/reports/committee?lang=sv")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_browser_renders_the_report_and_swagger_ui_without_console_errors()
    {
        await SeedAsync();
        Directory.CreateDirectory(Artifacts);
        foreach (var lang in new[] { "da", "en" })
        {
            var html = await (await (await AnalystAsync()).GetAsync($"/api/v1/reports/committee?lang={lang}")).Content.ReadAsStringAsync();
            var file = Path.Combine(Artifacts, $"committee-report-{lang}.html");
            await File.WriteAllTextAsync(file, html);
            var (png, console) = await ScreenshotAsync(new Uri(file).AbsoluteUri, $"committee-report-{lang}.png");
            Assert.True(new FileInfo(png).Length > 20_000, $"{png} looks empty");
            Assert.DoesNotContain("CONSOLE", console);
        }

        var swagger = new Uri(Api.ClientOptions.BaseAddress, "/swagger/index.html").AbsoluteUri;
        var (swaggerPng, swaggerConsole) = await ScreenshotAsync(swagger, "swagger-ui.png");
        Assert.True(new FileInfo(swaggerPng).Length > 20_000, $"{swaggerPng} looks empty");
        Assert.DoesNotContain("Uncaught", swaggerConsole);
        Assert.DoesNotContain(":ERROR:CONSOLE", swaggerConsole);
    }

    /// <summary>Debian's Chromium, headless, as this machine runs it; returns the PNG and what the page wrote to its console.</summary>
    private static async Task<(string Png, string Console)> ScreenshotAsync(string url, string name)
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium is not installed (Debian: apt-get install chromium); .ci/run installs it.");
        var png = Path.Combine(Artifacts, name);
        File.Delete(png);
        var profile = Directory.CreateTempSubdirectory("partnercrm-chromium-");
        try
        {
            var info = new ProcessStartInfo(chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={profile.FullName}",
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--window-size=1240,1754", $"--screenshot={png}", url,
            ])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var console = string.Join('\n', ((await stderr) + (await stdout)).Split('\n').Where(line => line.Contains("CONSOLE") || line.Contains("Uncaught")));
            Assert.True(File.Exists(png), $"Chromium wrote no screenshot of {url}:\n{await stderr}");
            return (png, console);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
