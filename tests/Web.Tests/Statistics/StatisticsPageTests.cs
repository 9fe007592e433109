using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Placements;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Statistics;

public class StatisticsPageTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    /// <summary>Monday 1 June 2026 in Copenhagen.</summary>
    private static readonly DateTimeOffset June1 = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.Clock.StartAt(June1);
    }

    /// <summary>Seven internships and six wage-subsidy jobs at one company, two IGU jobs at another: the IGU count is too small to show.</summary>
    private async Task SeedAsync()
    {
        var data = new PlacementData(await App.ClientAsync("consultant", Consultant));
        var bakery = await data.CompanyAsync("Bageriet Blomst ApS");
        var nursery = await data.CompanyAsync("Gartneriet Lærkereden ApS");
        var people = 0;
        async Task PlaceAsync(int count, Application.Companies.CompanyDto company, string type, string start, string? plannedEnd)
        {
            for (var i = 0; i < count; i++)
                await data.PlacementAsync(await data.CandidateAsync($"Person {++people}"), company, type, start, plannedEnd);
        }
        await PlaceAsync(7, bakery, "internship", "2026-02-02", "2026-04-27");
        await PlaceAsync(6, bakery, "wageSubsidy", "2026-03-02", "2026-08-31");
        await PlaceAsync(2, nursery, "igu", "2026-04-06", "2027-04-05");
    }

    private ILocator Table => Page.Locator("#statistics-result table");

    [Fact]
    public async Task An_analyst_picks_a_table_period_and_grouping_and_sees_hidden_cells_marked_explained_and_charted()
    {
        await SeedAsync();
        await SignInAsync(Page, "analyst", "/statistik");
        await CheckPageAsync(Page, "Statistik", "statistik");
        await Expect(Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Statistik" })).ToBeVisibleAsync();

        await Page.GetByLabel("Tabel", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Forløb og personer" });
        await Page.GetByLabel("Fra (frivilligt)", new() { Exact = true }).FillAsync("2026-01-01");
        await Page.GetByLabel("Til (frivilligt)", new() { Exact = true }).FillAsync("2026-05-31");
        await Page.GetByLabel("Gruppering", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ordning" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vis tabel" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("gruppe1=type"));
        await Expect(Page.Locator("#result-heading")).ToHaveTextAsync("Forløb og personer, fra 1. januar 2026 til og med 31. maj 2026");
        await Expect(Table.Locator("thead th")).ToHaveTextAsync(["Ordning", "Forløb", "Personer"]);
        var internships = Table.Locator("tbody tr", new() { Has = Page.Locator("th", new() { HasText = "Virksomhedspraktik" }) });
        await Expect(internships.Locator("td")).ToHaveTextAsync(["7", "7"]);
        var igu = Table.Locator("tbody tr", new() { Has = Page.Locator("th", new() { HasText = "IGU" }) });
        await Expect(igu.Locator("td.statistics-hidden")).ToHaveCountAsync(2);
        await Expect(igu.Locator("td").First).ToContainTextAsync("<5");
        await Expect(Table.Locator("tbody tr").Last.Locator("th")).ToHaveTextAsync("I alt");
        await Expect(Page.Locator("#hidden-explained")).ToContainTextAsync("Celler markeret <5 er skjult: tal under 5 vises ikke");

        var chart = Page.Locator("figure.statistics-chart");
        await Expect(chart.Locator("svg[role=img] title")).ToHaveTextAsync("Forløb pr. ordning");
        // Only the internships are drawn: the IGU count is small, and the wage-subsidy count would give it away.
        await Expect(chart.Locator("svg rect")).ToHaveCountAsync(1);
        await Expect(chart.Locator("svg text", new() { HasTextString = "<5" })).ToHaveCountAsync(2);
        await Expect(chart.Locator("figcaption")).ToContainTextAsync("Alle tal står i tabellen ovenfor");

        var csv = Page.GetByRole(AriaRole.Link, new() { Name = "Hent CSV" });
        await Expect(csv).ToHaveAttributeAsync("href", "/statistik/fil?table=placements&from=2026-01-01&to=2026-05-31&groupBy=type&format=csv");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Hent Excel" }))
            .ToHaveAttributeAsync("href", "/statistik/fil?table=placements&from=2026-01-01&to=2026-05-31&groupBy=type&format=xlsx");
        await CheckPageAsync(Page, "Statistik", "statistik-forloeb-pr-ordning");
    }

    [Fact]
    public async Task Retention_by_two_groupings_shows_margins_and_shares_without_JavaScript()
    {
        await SeedAsync();
        App.Clock.StartAt(new DateTimeOffset(2026, 9, 15, 8, 0, 0, TimeSpan.Zero));
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "analyst", "/statistik");
        await page.GetByLabel("Tabel", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Fastholdelse efter 3 måneder" });
        await page.GetByLabel("Gruppering", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ordning" });
        await page.GetByLabel("Anden gruppering").SelectOptionAsync(new SelectOptionValue { Label = "Kvartal" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis tabel" }).ClickAsync();

        var table = page.Locator("#statistics-result table");
        await Expect(page.Locator("#result-heading")).ToHaveTextAsync("Fastholdelse efter 3 måneder, alle til og med 15. september 2026");
        await Expect(table.Locator("thead th")).ToHaveTextAsync(
            ["Ordning", "Kvartal", "Forfaldne", "Fulgt op", "I job i samme virksomhed", "I job", "I uddannelse", "Fastholdelse", "Beskæftigelse", "Selvforsørgelse"]);
        await Expect(table.Locator("tbody th", new() { HasText = "1. kvartal 2026" }).First).ToBeVisibleAsync();
        await Expect(table.Locator("tr.statistics-total").First).ToBeVisibleAsync();
        await CheckPageAsync(page, "Statistik", "statistik-fastholdelse");
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_and_the_same_grouping_twice_are_refused_on_their_fields()
    {
        await SignInAsync(Page, "consultant", "/statistik?fra=2026-05-01&til=2026-04-01");
        await Expect(Page.GetByLabel("Til (frivilligt)", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator(".alert-error")).ToBeVisibleAsync();
        await Expect(Page.Locator("#statistics-result")).ToHaveCountAsync(0);
        await CheckPageAsync(Page, "Statistik", "statistik-fejl");

        await Page.GotoAsync("/statistik?gruppe1=type&gruppe2=type");
        await Expect(Page.GetByLabel("Anden gruppering")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#statistics-result")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_table_too_large_to_make_is_explained_above_the_form()
    {
        await SeedAsync();
        // 249 countries × every month from February 2026 to the end of 2060: more than 20,000 cells.
        await SignInAsync(Page, "consultant", "/statistik?til=2060-12-31&gruppe1=countryOfOrigin&gruppe2=month");
        await Expect(Page.Locator(".alert-error")).ToContainTextAsync("Tabellen ville få for mange celler");
        await Expect(Page.Locator("#statistics-result")).ToHaveCountAsync(0);
        await CheckPageAsync(Page, "Statistik", "statistik-for-stor");

        await Page.GotoAsync("/statistik?til=2060-12-31&gruppe1=countryOfOrigin&gruppe2=year");
        await Expect(Page.Locator("#statistics-result")).ToBeVisibleAsync();
    }
}
