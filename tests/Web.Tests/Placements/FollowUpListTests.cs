using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Placements;

public class FollowUpListTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    /// <summary>Monday 2 March 2026, 09:00 in Copenhagen.</summary>
    private static readonly DateTimeOffset March2 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private PlacementData Data { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.Clock.StartAt(March2);
        Data = new PlacementData(await App.ClientAsync("consultant", Consultant));
    }

    private ILocator Rows => Page.Locator("#followup-results tbody tr");

    [Fact]
    public async Task Weeks_later_the_list_filtered_to_overdue_shows_the_late_follow_up_and_leads_to_its_placement()
    {
        var bakery = await Data.CompanyAsync("Bageriet Blomst ApS");
        var nursery = await Data.CompanyAsync("Gartneriet Lærkereden ApS");
        var amal = await Data.PlacementAsync(await Data.CandidateAsync("Amal Hassan"), bakery, "ordinaryEmployment", "2026-03-02");
        await Data.PlacementAsync(await Data.CandidateAsync("Yonas Tesfay"), nursery, "internship", "2026-03-02", "2026-05-25");

        // 10 April: the one-month follow-up of 2 April is late; the internship's follow-ups are still ahead.
        App.Clock.StartAt(new DateTimeOffset(2026, 4, 10, 8, 0, 0, TimeSpan.Zero));
        await SignInAsync(Page, "consultant", "/opfoelgninger");
        await CheckPageAsync(Page, "Opfølgninger", "opfoelgninger");
        await Expect(Rows).ToHaveCountAsync(6);
        await Expect(Rows.First).ToContainTextAsync("2. april 2026");

        await Page.GetByLabel("Kun forsinkede").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vis opfølgninger" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("forsinket=true"));
        await Expect(Rows).ToHaveCountAsync(1);
        var late = Rows.First;
        await Expect(late).ToContainTextAsync("2. april 2026");
        await Expect(late).ToContainTextAsync("Opfølgning efter 1 måned");
        await Expect(late).ToContainTextAsync("Amal Hassan");
        await Expect(late).ToContainTextAsync("Bageriet Blomst ApS");
        await Expect(late).ToContainTextAsync("Afventer");
        await Expect(late).ToContainTextAsync("Forsinket");
        await Expect(Page.GetByLabel("Kun forsinkede")).ToBeCheckedAsync();
        await CheckPageAsync(Page, "Opfølgninger", "opfoelgninger-forsinkede");

        await late.GetByRole(AriaRole.Link, new() { Name = "Åbn forløbet: Amal Hassan, Opfølgning efter 1 måned" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/forloeb/{amal.Id}"));
        await CheckPageAsync(Page, "Ordinær ansættelse hos Bageriet Blomst ApS", "opfoelgninger-til-forloeb");
        await Expect(Page.Locator("#followup-forms h3").First).ToHaveTextAsync("Registrér: Opfølgning efter 1 måned, forfalder 2. april 2026");
    }

    [Fact]
    public async Task The_list_is_filtered_by_company_and_due_date_without_JavaScript()
    {
        var bakery = await Data.CompanyAsync("Bageriet Blomst ApS");
        var nursery = await Data.CompanyAsync("Gartneriet Lærkereden ApS");
        await Data.PlacementAsync(await Data.CandidateAsync("Amal Hassan"), bakery, "ordinaryEmployment", "2026-03-02");
        await Data.PlacementAsync(await Data.CandidateAsync("Yonas Tesfay"), nursery, "internship", "2026-03-02", "2026-05-25");
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "consultant", "/opfoelgninger");
        var rows = page.Locator("#followup-results tbody tr");
        await CheckPageAsync(page, "Opfølgninger", "opfoelgninger-uden-javascript");

        await page.GetByLabel("Virksomhed").FillAsync("lærkereden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis opfølgninger" }).ClickAsync();
        await Expect(page.GetByText("Viser opfølgninger hos Gartneriet Lærkereden ApS.")).ToBeVisibleAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync("Yonas Tesfay");
        await CheckPageAsync(page, "Opfølgninger", "opfoelgninger-virksomhed");

        await page.GetByLabel("Virksomhed").FillAsync("");
        await page.GetByLabel("Forfalder før").FillAsync("2026-05-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis opfølgninger" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Amal Hassan");
        await CheckPageAsync(page, "Opfølgninger", "opfoelgninger-foer-dato");

        await page.GetByLabel("Virksomhed").FillAsync("Savværket");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis opfølgninger" }).ClickAsync();
        await Expect(page.GetByLabel("Virksomhed")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".alert-error")).ToContainTextAsync("Ingen virksomhed matcher \"Savværket\".");
        await CheckPageAsync(page, "Opfølgninger", "opfoelgninger-ingen-virksomhed");
    }

    [Fact]
    public async Task A_long_list_goes_on_on_the_next_page()
    {
        var bakery = await Data.CompanyAsync("Bageriet Blomst ApS");
        // Thirteen jobs make 52 follow-ups: more than a page of 50.
        for (var n = 1; n <= 13; n++)
            await Data.PlacementAsync(await Data.CandidateAsync($"Kandidat {n:D2}"), bakery, "ordinaryEmployment", $"2026-03-{n:D2}");
        await SignInAsync(Page, "consultant", "/opfoelgninger");
        await Expect(Rows).ToHaveCountAsync(50);
        await CheckPageAsync(Page, "Opfølgninger", "opfoelgninger-foerste-side");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Næste side" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("cursor="));
        await Expect(Rows).ToHaveCountAsync(2);
        await Expect(Rows.Last).ToContainTextAsync("13. marts 2027");
        await CheckPageAsync(Page, "Opfølgninger", "opfoelgninger-naeste-side");
    }
}
