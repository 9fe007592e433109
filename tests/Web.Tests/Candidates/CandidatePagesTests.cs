using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Internships;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Candidates;

/// <summary>The candidate pages: the list and its search, registering, editing, referring to a matching offer, and erasure.</summary>
public class CandidatePagesTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    private Task<HttpClient> StaffAsync() => App.ClientAsync("consultant", Consultant);

    private async Task<CandidateDto> CandidateAsync(string caseReference, string displayName, string? track = "DU2", int module = 6) =>
        await (await StaffAsync()).RegisterCandidateAsync(PeopleData.Candidate(caseReference, displayName, track, module));

    private static ILocator Rows(IPage page, string resultsId) => page.Locator($"#{resultsId} tbody tr");

    [Fact]
    public async Task A_consultant_registers_a_candidate_and_sees_each_refusal_on_its_field()
    {
        await SignInAsync(Page, "consultant", "/kandidater");
        await CheckPageAsync(Page, "Kandidater", "kandidater-tom");
        await Expect(Page.GetByText("Der er endnu ingen kandidater.")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Opret kandidat" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync($"{BaseUrl}/kandidater/ny");
        await CheckPageAsync(Page, "Opret kandidat", "kandidat-opret");

        await Page.GetByLabel("Sagsnummer").FillAsync("J-2026-101");
        await Page.GetByLabel("Visningsnavn").FillAsync("Amira 010190-1234");
        await Page.GetByLabel("Køn").SelectOptionAsync("Female");
        await Page.GetByLabel("Oprindelsesland").SelectOptionAsync("SY");
        await Page.GetByLabel("Opholdsgrundlag").SelectOptionAsync("Refugee");
        await Page.GetByLabel("Ankomstdato").FillAsync("2025-06-01");
        await Page.GetByLabel("Danskuddannelse").SelectOptionAsync("DU2");
        await Page.GetByLabel("Modul").SelectOptionAsync("6");
        await Page.GetByLabel("Uddannelsesniveau").SelectOptionAsync("UpperSecondary");
        await Page.GetByLabel("Noter").FillAsync("Vil gerne arbejde med mad");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();

        // The name that looks like a CPR number is refused next to the field, and the missing birth year in the summary, linked to its field.
        var summary = Page.Locator("#candidate-errors");
        await Expect(summary).ToContainTextAsync("Der er 2 fejl i formularen");
        // A missing year is only missing, not also "in the future".
        await Expect(summary).Not.ToContainTextAsync("fremtiden");
        await Expect(summary.Locator("a[href='#candidate-birthyear']").First).ToHaveTextAsync("Udfyld feltet.");
        await Expect(summary.Locator("a[href='#candidate-displayname']")).ToContainTextAsync("Det ligner et CPR-nummer");
        await Expect(Page.GetByLabel("Fødselsår")).ToHaveAttributeAsync("aria-invalid", "true");
        var name = Page.GetByLabel("Visningsnavn");
        await Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(name).ToHaveAttributeAsync("aria-describedby", "candidate-displayname-hint candidate-displayname-error");
        await Expect(Page.Locator("#candidate-displayname-error")).ToContainTextAsync("PartnerCrm gemmer aldrig CPR-numre");
        await Expect(Page.GetByLabel("Sagsnummer")).ToHaveValueAsync("J-2026-101");
        await Expect(Page.GetByLabel("Oprindelsesland")).ToHaveValueAsync("SY");
        await CheckPageAsync(Page, "Opret kandidat", "kandidat-opret-fejl");

        await name.FillAsync("Amira Haddad");
        await Page.GetByLabel("Fødselsår").FillAsync("1994");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/kandidater/[0-9a-f-]{36}\?besked=created$"));
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kandidaten er oprettet.");
        await CheckPageAsync(Page, "Amira Haddad", "kandidat");
        Assert.DoesNotContain("Amira", await Page.TitleAsync());
        var details = Page.Locator("dl.details-list");
        await Expect(details).ToContainTextAsync("J-2026-101");
        await Expect(details).ToContainTextAsync("Syrien");
        await Expect(details).ToContainTextAsync("Flygtning");
        await Expect(details).ToContainTextAsync("1. juni 2025");
        await Expect(details).ToContainTextAsync("Danskuddannelse 2, modul 6");
        await Expect(details).ToContainTextAsync("B1");
        await Expect(details).ToContainTextAsync("Gymnasial uddannelse");
        var candidateUrl = Page.Url[..Page.Url.IndexOf('?')];

        // A case reference in use is an error on its field, with a link to the candidate who has it.
        await Page.GotoAsync("/kandidater/ny");
        await Page.GetByLabel("Sagsnummer").FillAsync("J-2026-101");
        await Page.GetByLabel("Visningsnavn").FillAsync("Yonas Tesfaye");
        await Page.GetByLabel("Fødselsår").FillAsync("1990");
        await Page.GetByLabel("Oprindelsesland").SelectOptionAsync("ER");
        await Page.GetByLabel("Opholdsgrundlag").SelectOptionAsync("FamilyReunification");
        await Page.GetByLabel("Ankomstdato").FillAsync("2025-09-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();

        await Expect(Page.Locator("#candidate-casereference-error")).ToContainTextAsync("Der findes allerede en kandidat med dette sagsnummer.");
        await Expect(Page.GetByLabel("Sagsnummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Se kandidaten med sagsnummeret" }))
            .ToHaveAttributeAsync("href", candidateUrl[BaseUrl.Length..]);
        await CheckPageAsync(Page, "Opret kandidat", "kandidat-opret-dublet");
    }

    [Fact]
    public async Task A_module_without_its_course_is_an_error_and_the_form_fits_a_phone()
    {
        var phone = await NewPageAsync(javaScript: true, width: 390);
        await SignInAsync(phone, "consultant", "/kandidater/ny");
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));

        await phone.GetByLabel("Modul").SelectOptionAsync("3");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();

        await Expect(phone.Locator("#candidate-track-error")).ToContainTextAsync("Vælg den danskuddannelse, modulet hører til.");
        await Expect(phone.GetByLabel("Modul")).ToHaveValueAsync("3");
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await CheckPageAsync(phone, "Opret kandidat", "kandidat-ny-390px-fejl");
    }

    [Fact]
    public async Task Typing_in_the_search_box_filters_the_list_without_leaving_the_page()
    {
        await CandidateAsync("J-2026-001", "Amira Haddad");
        await CandidateAsync("J-2026-002", "Yonas Tesfaye");
        await CandidateAsync("J-2026-003", "Sara Bekele");
        await SignInAsync(Page, "consultant", "/kandidater");
        await CheckPageAsync(Page, "Kandidater", "kandidater");
        await Expect(Rows(Page, "candidate-results")).ToHaveCountAsync(3);
        await Expect(Rows(Page, "candidate-results").First).ToContainTextAsync("Amira Haddad");
        await Expect(Rows(Page, "candidate-results").First).ToContainTextAsync("Danskuddannelse 2, modul 6");
        await Page.EvaluateAsync("() => { window.searchedInPlace = true; }");

        await Page.GetByLabel("Søg", new() { Exact = true }).PressSequentiallyAsync("tesf");

        await Expect(Rows(Page, "candidate-results")).ToHaveCountAsync(1);
        await Expect(Rows(Page, "candidate-results")).ToContainTextAsync("Yonas Tesfaye");
        await Page.GetByLabel("Søg", new() { Exact = true }).FillAsync("2026-003");
        await Expect(Rows(Page, "candidate-results")).ToContainTextAsync("Sara Bekele");
        await Expect(Rows(Page, "candidate-results")).ToHaveCountAsync(1);
        Assert.True(await Page.EvaluateAsync<bool>("() => window.searchedInPlace === true"), "The page was loaded anew.");
        await CheckPageAsync(Page, "Kandidater", "kandidater-soeg");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Sara Bekele" }).ClickAsync();
        await CheckPageAsync(Page, "Sara Bekele", "kandidat-fra-soegning");
    }

    [Fact]
    public async Task Without_JavaScript_the_search_is_submitted_and_a_CPR_number_is_refused()
    {
        await CandidateAsync("J-2026-001", "Amira Haddad");
        await CandidateAsync("J-2026-002", "Yonas Tesfaye");
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "consultant", "/kandidater");
        await CheckPageAsync(page, "Kandidater", "kandidater-uden-javascript");

        await page.GetByLabel("Søg", new() { Exact = true }).FillAsync("HADDAD");
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync($"{BaseUrl}/kandidater?q=HADDAD");
        await Expect(Rows(page, "candidate-results")).ToHaveCountAsync(1);
        await Expect(Rows(page, "candidate-results")).ToContainTextAsync("Amira Haddad");
        await CheckPageAsync(page, "Kandidater", "kandidater-soegt-uden-javascript");

        await page.GetByLabel("Søg", new() { Exact = true }).FillAsync("010190-1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg", Exact = true }).ClickAsync();

        await Expect(page.Locator("#candidate-search-error")).ToContainTextAsync("Det ligner et CPR-nummer");
        await Expect(page.GetByLabel("Søg", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await CheckPageAsync(page, "Kandidater", "kandidater-cpr-afvist");
    }

    [Fact]
    public async Task The_list_is_paged_and_the_next_page_link_names_no_one()
    {
        var staff = await StaffAsync();
        for (var i = 1; i <= 51; i++)
            await staff.RegisterCandidateAsync(PeopleData.Candidate($"J-{i:D3}", $"Deltager {i:D2}"));
        await SignInAsync(Page, "consultant", "/kandidater");
        await Expect(Rows(Page, "candidate-results")).ToHaveCountAsync(50);
        await CheckPageAsync(Page, "Kandidater", "kandidater-side-1");

        var next = Page.GetByRole(AriaRole.Link, new() { Name = "Næste side" });
        var cursor = new Uri(new Uri(BaseUrl), await next.GetAttributeAsync("href")).Query.Split("cursor=")[1];
        Assert.DoesNotContain("Deltager", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(Uri.UnescapeDataString(cursor))));
        await next.ClickAsync();

        await Expect(Rows(Page, "candidate-results")).ToHaveCountAsync(1);
        await Expect(Rows(Page, "candidate-results")).ToContainTextAsync("Deltager 51");
        await CheckPageAsync(Page, "Kandidater", "kandidater-side-2");
    }

    [Fact]
    public async Task Without_JavaScript_an_edit_keeps_its_input_when_someone_changed_the_candidate_meanwhile()
    {
        var candidate = await CandidateAsync("J-2026-001", "Amira Haddad");
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "consultant", $"/kandidater/{candidate.Id}");
        await CheckPageAsync(page, "Amira Haddad", "kandidat-uden-javascript");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ret oplysninger" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{BaseUrl}/kandidater/{candidate.Id}/ret");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ret kandidatens oplysninger");
        await Expect(page.GetByLabel("Visningsnavn")).ToHaveValueAsync("Amira Haddad");
        await Expect(page.GetByLabel("Danskuddannelse")).ToHaveValueAsync("DU2");
        await Expect(page.GetByLabel("Oprindelsesland")).ToHaveValueAsync("SY");

        var changed = await (await StaffAsync()).PutAsJsonAsync($"/api/v1/candidates/{candidate.Id}",
            PeopleData.Candidate("J-2026-001", "Amira Haddad", "DU2", 6, notes: "Har kørekort"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await page.GetByLabel("Visningsnavn").FillAsync("Amira H. Haddad");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();

        await Expect(page.Locator("#candidate-errors")).ToContainTextAsync("Nogen har ændret kandidatens oplysninger imens; se den nye version.");
        await Expect(page.GetByLabel("Visningsnavn")).ToHaveValueAsync("Amira H. Haddad");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ret kandidatens oplysninger");

        await page.GotoAsync($"/kandidater/{candidate.Id}/ret");
        await Expect(page.GetByLabel("Noter")).ToHaveValueAsync("Har kørekort");
        await page.GetByLabel("Visningsnavn").FillAsync("Amira H. Haddad");
        await page.GetByLabel("Modul").SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();

        await Expect(page).ToHaveURLAsync($"{BaseUrl}/kandidater/{candidate.Id}?besked=updated");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kandidatens oplysninger er gemt.");
        await Expect(page.Locator("dl.details-list")).ToContainTextAsync("Danskuddannelse 2, modul 3");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Amira H. Haddad");

        // The checks that need scripts (axe) on the same pages, in a browser with JavaScript.
        await SignInAsync(Page, "consultant", $"/kandidater/{candidate.Id}/ret");
        await CheckPageAsync(Page, "Ret kandidatens oplysninger", "kandidat-ret");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tilbage til kandidaten" }).ClickAsync();
        await CheckPageAsync(Page, "Amira H. Haddad", "kandidat-rettet");
    }

    [Fact]
    public async Task A_candidate_is_referred_to_a_matching_open_offer_and_refusals_are_told_in_Danish()
    {
        var staff = await StaffAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var start = DateOnly.FromDateTime(DateTime.Today.AddDays(30));
        var warehouse = await OfferAsync(staff, company.Id, "Lagermedarbejder", "DU2", start);
        var dishes = await OfferAsync(staff, company.Id, "Opvasker", "none", start.AddDays(7));
        await OfferAsync(staff, company.Id, "Kontorassistent", "DU3", start);
        var candidate = await CandidateAsync("J-2026-001", "Amira Haddad", "DU2", 6);
        var placement = await staff.MakePlacementAsync(PeopleData.Placement(
            candidate.Id, company.Id, "ordinaryEmployment", DateTime.Today.AddDays(-60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        await SignInAsync(Page, "consultant", $"/kandidater/{candidate.Id}");
        var placements = Page.Locator("section[aria-labelledby='placements-heading']");
        await Expect(placements.GetByRole(AriaRole.Link, new() { Name = "Ordinær ansættelse: Køkkenmedhjælper" }))
            .ToHaveAttributeAsync("href", $"/forloeb/{placement.Id}");
        await Expect(placements).ToContainTextAsync("I gang");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Opret forløb" })).ToHaveAttributeAsync("href", $"/forloeb/ny?kandidat={candidate.Id}");
        var matches = Page.Locator("section[aria-labelledby='matches-heading']");
        await Expect(matches.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(matches.Locator("tbody tr").First).ToContainTextAsync("Kræver Danskuddannelse 2 (B1), og kandidaten når B1");
        await Expect(matches.Locator("tbody tr").First).ToContainTextAsync("2 ledige pladser");
        await Expect(matches.Locator("tbody tr").Nth(1)).ToContainTextAsync("Kræver ikke dansk");
        await Expect(matches).Not.ToContainTextAsync("Kontorassistent");
        await Expect(matches.GetByRole(AriaRole.Link, new() { Name = "Lagermedarbejder" })).ToHaveAttributeAsync("href", $"/praktikpladser/{warehouse.Id}");
        await Expect(Page.GetByText("Kandidaten er ikke henvist til nogen praktikplads.")).ToBeVisibleAsync();
        await CheckPageAsync(Page, "Amira Haddad", "kandidat-matches");

        // A second window, opened before the referral, still offers it.
        var second = await NewPageAsync(javaScript: true);
        await SignInAsync(second, "consultant", $"/kandidater/{candidate.Id}");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Henvis til Lagermedarbejder hos Gentofte Bageri" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kandidaten er henvist til praktikpladsen.");
        var referrals = Page.Locator("section[aria-labelledby='referrals-heading']");
        await Expect(referrals.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(referrals).ToContainTextAsync("Gentofte Bageri");
        await Expect(referrals).ToContainTextAsync("Foreslået");
        await Expect(referrals.GetByRole(AriaRole.Link, new() { Name = "Lagermedarbejder" })).ToHaveAttributeAsync("href", $"/praktikpladser/{warehouse.Id}");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Henvis til Lagermedarbejder hos Gentofte Bageri" })).ToHaveCountAsync(0);
        await Expect(matches.Locator("tbody tr").First).ToContainTextAsync("Allerede henvist");
        await CheckPageAsync(Page, "Amira Haddad", "kandidat-henvist");

        await second.GetByRole(AriaRole.Button, new() { Name = "Henvis til Lagermedarbejder hos Gentofte Bageri" }).ClickAsync();
        await Expect(second.Locator("#refer-errors")).ToContainTextAsync("Kandidaten er allerede henvist til denne praktikplads.");
        await CheckPageAsync(second, "Amira Haddad", "kandidat-henvist-allerede");

        var closed = await staff.PostAsJsonAsync($"/api/v1/internships/{dishes.Id}/status", new { status = "closed" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        await second.GetByRole(AriaRole.Button, new() { Name = "Henvis til Opvasker hos Gentofte Bageri" }).ClickAsync();
        await Expect(second.Locator("#refer-errors")).ToContainTextAsync("Praktikpladsen er ikke åben; kandidater henvises kun til åbne pladser.");
        await Expect(second.Locator("#refer-errors")).Not.ToContainTextAsync("allerede henvist");
        await CheckPageAsync(second, "Amira Haddad", "kandidat-henvis-lukket");
    }

    [Fact]
    public async Task Erasing_asks_for_confirmation_and_afterwards_the_candidate_is_not_found()
    {
        var candidate = await CandidateAsync("J-2026-001", "Amira Haddad");
        await SignInAsync(Page, "consultant", $"/kandidater/{candidate.Id}");
        await CheckPageAsync(Page, "Amira Haddad", "kandidat-foer-sletning");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Slet kandidat" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/kandidater/{candidate.Id}/slet\\??$"));
        await CheckPageAsync(Page, "Slet kandidat", "kandidat-slet");
        await Expect(Page.Locator("main")).ToContainTextAsync("Du er ved at slette Amira Haddad med sagsnummer J-2026-001.");
        await Expect(Page.Locator("main")).ToContainTextAsync("Sletningen kan ikke fortrydes");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Nej, behold kandidaten" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync($"{BaseUrl}/kandidater/{candidate.Id}");
        await CheckPageAsync(Page, "Amira Haddad", "kandidat-beholdt");
        var kept = await (await StaffAsync()).GetAsync($"/api/v1/candidates/{candidate.Id}");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Slet kandidat" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ja, slet kandidaten" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync($"{BaseUrl}/kandidater?besked=erased");
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kandidaten er slettet.");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Amira");
        await CheckPageAsync(Page, "Kandidater", "kandidat-slettet");

        var gone = await Page.GotoAsync($"/kandidater/{candidate.Id}");
        Assert.Equal((int)HttpStatusCode.NotFound, gone!.Status);
        await CheckPageAsync(Page, "Siden findes ikke", "kandidat-slettet-ikke-fundet");
        var api = await (await StaffAsync()).GetAsync($"/api/v1/candidates/{candidate.Id}");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task An_analyst_may_not_see_candidates()
    {
        var candidate = await CandidateAsync("J-2026-001", "Amira Haddad");
        await SignInAsync(Page, "analyst", "/virksomheder");
        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Virksomheder" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Kandidater" })).ToHaveCountAsync(0);

        var paths = new[] { "/kandidater", "/kandidater/ny", $"/kandidater/{candidate.Id}", $"/kandidater/{candidate.Id}/ret", $"/kandidater/{candidate.Id}/slet" };
        foreach (var (path, i) in paths.Select((path, i) => (path, i)))
        {
            var response = await Page.GotoAsync(path);
            Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
            await Expect(Page.Locator("h1")).ToHaveTextAsync("Ingen adgang");
            await Expect(Page.Locator("main")).Not.ToContainTextAsync("Amira");
            await CheckPageAsync(Page, "Ingen adgang", $"kandidat-ingen-adgang-{i + 1}");
        }
    }

    private static async Task<InternshipDto> OfferAsync(HttpClient staff, Guid companyId, string title, string danishLevel, DateOnly startDate)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/internships", new
        {
            companyId, title, city = "Gentofte", postalCode = "2820", startDate = startDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            durationWeeks = 8, hoursPerWeek = 30, slots = 2, danishLevel,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<InternshipDto>();
    }
}
