using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Internships;
using PartnerCrm.Application.Referrals;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Internships;

/// <summary>Internship offers from the company card: posting, editing, the offer's page with its matches and referrals.</summary>
public class InternshipOfferTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    private const string Bakery = "Gentofte Bageri";

    private async Task<(HttpClient Staff, CompanyDto Company)> CompanyAsync()
    {
        var staff = await App.ClientAsync("consultant", Consultant);
        return (staff, await staff.RegisterCompanyAsync("13585628", Bakery));
    }

    private static async Task<InternshipDto> PostOfferAsync(HttpClient staff, Guid companyId, string status = "open", int slots = 2)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/internships", new
        {
            companyId,
            title = "Lagermedarbejder",
            description = "Plukning og pakning af ordrer.",
            city = "Gentofte",
            postalCode = "2820",
            startDate = "2027-02-01",
            durationWeeks = 8,
            hoursPerWeek = 25,
            slots,
            danishLevel = "DU2",
            status,
        });
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<InternshipDto>();
    }

    private static async Task<ReferralDto> ReferAsync(HttpClient staff, Guid offerId, Guid candidateId)
    {
        var response = await staff.PostAsJsonAsync($"/api/v1/internships/{offerId}/referrals", new { candidateId });
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<ReferralDto>();
    }

    private ILocator Row(IPage page, string text) => page.Locator("tr", new() { HasText = text });

    [Fact]
    public async Task A_consultant_posts_an_offer_from_the_company_card_refers_matching_candidates_and_moves_the_referrals_on()
    {
        var (staff, company) = await CompanyAsync();
        await staff.RegisterCandidateAsync(PeopleData.Candidate("J-1", "Amira Haddad", "DU2", 6, "2025-06-01"));
        await staff.RegisterCandidateAsync(PeopleData.Candidate("J-2", "Yonas Tesfaye", "DU3", 5, "2025-09-01"));
        await staff.RegisterCandidateAsync(PeopleData.Candidate("J-3", "Samir Khalil", "DU2", 6, "2025-09-01"));
        await staff.RegisterCandidateAsync(PeopleData.Candidate("J-4", "Lina Berhane", "DU1", 2, "2024-01-01"));
        await SignInAsync(Page, "consultant");

        await Page.GotoAsync($"/virksomheder/{company.Id}");
        await Expect(Page.Locator("#internships-heading")).ToHaveTextAsync("Praktikpladser");
        await Expect(Page.GetByText("Virksomheden har ingen praktikpladser endnu.")).ToBeVisibleAsync();
        await CheckPageAsync(Page, Bakery, "praktikplads-virksomhed-uden");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Opret praktikplads" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync($"{BaseUrl}/virksomheder/{company.Id}/praktikpladser/ny");
        // The place is the company's address until the consultant says otherwise.
        await Expect(Page.GetByLabel("Postnummer")).ToHaveValueAsync("2920");
        await Page.GetByLabel("Titel").FillAsync("Lagermedarbejder");
        await Page.GetByLabel("Beskrivelse").FillAsync("Plukning og pakning af ordrer.\nSikkerhedssko udleveres.");
        await Page.GetByLabel("Startdato").FillAsync("2027-02-01");
        await Page.GetByLabel("Varighed i uger").FillAsync("30");
        await Page.GetByLabel("Timer pr. uge").FillAsync("25");
        await Page.GetByLabel("Antal pladser").FillAsync("2");
        await Page.GetByLabel("Krav til dansk").SelectOptionAsync("DU2");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret praktikplads" }).ClickAsync();

        var weeks = Page.GetByLabel("Varighed i uger");
        await Expect(weeks).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#internship-durationweeks-error")).ToContainTextAsync("Angiv et tal fra 1 til 26.");
        await Expect(Page.Locator(".alert-error")).ToContainTextAsync("Angiv et tal fra 1 til 26.");
        await Expect(Page.GetByLabel("Titel")).ToHaveValueAsync("Lagermedarbejder");
        await CheckPageAsync(Page, "Opret praktikplads", "praktikplads-opret-fejl");

        await weeks.FillAsync("8");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret praktikplads" }).ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Lagermedarbejder");
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Praktikpladsen er oprettet.");
        await Expect(Page.Locator(".details-list").First).ToContainTextAsync("Danskuddannelse 2");
        var offerUrl = Page.Url.Split('?')[0];
        var offerId = Guid.Parse(offerUrl[(offerUrl.LastIndexOf('/') + 1)..]);
        // The best first: furthest up the Danish ladder, then the longest wait; DU1 module 2 does not reach DU2.
        await Expect(Page.Locator(".match h3")).ToHaveTextAsync(["Yonas Tesfaye", "Amira Haddad", "Samir Khalil"]);
        await Expect(Page.Locator(".match", new() { HasText = "Yonas Tesfaye" })).ToContainTextAsync("B2 (Danskuddannelse 3, modul 5)");
        await CheckPageAsync(Page, "Lagermedarbejder", "praktikplads-oprettet");

        var amira = Page.Locator(".match", new() { HasText = "Amira Haddad" });
        await amira.GetByLabel("Note til virksomheden").FillAsync("Har erfaring fra bageri i Aleppo");
        await amira.GetByRole(AriaRole.Button, new() { Name = "Henvis Amira Haddad" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kandidaten er henvist til praktikpladsen.");
        await Expect(Row(Page, "Amira Haddad")).ToContainTextAsync("Foreslået");
        await Expect(amira).ToContainTextAsync("Henvist til praktikpladsen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Henvis Yonas Tesfaye" }).ClickAsync();
        await Expect(Row(Page, "Yonas Tesfaye")).ToContainTextAsync("Foreslået");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Henvis Samir Khalil" }).ClickAsync();
        await Expect(Row(Page, "Samir Khalil")).ToContainTextAsync("Foreslået");
        await Expect(Row(Page, "Amira Haddad").GetByRole(AriaRole.Link, new() { Name = "Amira Haddad" }))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/kandidater/[0-9a-f-]{36}$"));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Flyt Amira Haddad til samtale" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Henvisningen er flyttet til samtale.");
        await Expect(Row(Page, "Amira Haddad")).ToContainTextAsync("Til samtale");
        // From interview there is no way back to interview.
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Flyt Amira Haddad til samtale" })).ToHaveCountAsync(0);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Afvis Yonas Tesfaye" }).ClickAsync();
        var reason = Row(Page, "Yonas Tesfaye").GetByLabel("Begrundelse ved afvisning");
        await Expect(reason).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Row(Page, "Yonas Tesfaye")).ToContainTextAsync("Angiv, hvorfor henvisningen afvises.");
        await Expect(Page.Locator(".alert-error")).ToContainTextAsync("Angiv, hvorfor henvisningen afvises.");
        await Expect(Row(Page, "Yonas Tesfaye")).ToContainTextAsync("Foreslået");
        await CheckPageAsync(Page, "Lagermedarbejder", "praktikplads-afvis-fejl");

        await reason.SelectOptionAsync(new SelectOptionValue { Label = "Sprog" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Afvis Yonas Tesfaye" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Henvisningen er afvist.");
        await Expect(Row(Page, "Yonas Tesfaye")).ToContainTextAsync("Afvist");
        await Expect(Row(Page, "Yonas Tesfaye")).ToContainTextAsync("Begrundelse: Sprog");
        await Expect(Row(Page, "Yonas Tesfaye").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Accepter Amira Haddad" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Henvisningen er accepteret, og forløbet er oprettet.");
        var referrals = await (await staff.GetAsync($"/api/v1/referrals?internshipId={offerId}&status=accepted")).ReadAsync<Page<ReferralDto>>();
        var placementId = Assert.Single(referrals.Items).PlacementId!.Value;
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Gå til det nye forløb" })).ToHaveAttributeAsync("href", $"/forloeb/{placementId}");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Se forløbet for Amira Haddad" })).ToHaveAttributeAsync("href", $"/forloeb/{placementId}");
        await Expect(Page.Locator(".details-list").First).ToContainTextAsync("1 af 2");
        // Amira now has a planned placement, so she no longer matches.
        await Expect(Page.Locator(".match h3")).ToHaveTextAsync(["Yonas Tesfaye", "Samir Khalil"]);
        await CheckPageAsync(Page, "Lagermedarbejder", "praktikplads-accepteret");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Træk tilbage: henvisningen af Samir Khalil" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Henvisningen er trukket tilbage.");
        await Expect(Row(Page, "Samir Khalil")).ToContainTextAsync("Trukket tilbage");

        await Page.GetByRole(AriaRole.Link, new() { Name = Bakery }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync(Bakery);
        // The card lists the offer among its internship offers (and the new placement under Forløb).
        var listed = Page.Locator("section[aria-labelledby='internships-heading'] tr", new() { HasText = "Lagermedarbejder" });
        await Expect(listed).ToContainTextAsync("Åben");
        await Expect(listed).ToContainTextAsync("1 af 2");
        await Expect(listed).ToContainTextAsync("Fra 1. februar 2027 i 8 uger");
        await Expect(listed.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/praktikpladser/{offerId}");
        await CheckPageAsync(Page, Bakery, "praktikplads-virksomhed");
    }

    [Fact]
    public async Task An_offer_moves_only_along_its_allowed_statuses_and_is_edited_with_the_version_it_was_read_at()
    {
        var (staff, company) = await CompanyAsync();
        var offer = await PostOfferAsync(staff, company.Id, status: "draft");
        await SignInAsync(Page, "consultant");

        await Page.GotoAsync($"/praktikpladser/{offer.Id}");
        await Expect(Page.Locator("#offer-status-heading ~ p").First).ToHaveTextAsync("Nuværende status: Kladde");
        await Expect(Page.Locator("section", new() { Has = Page.Locator("#offer-status-heading") }).GetByRole(AriaRole.Button))
            .ToHaveTextAsync(["Offentliggør praktikpladsen", "Aflys praktikpladsen"]);
        await Expect(Page.GetByText("Kun åbne praktikpladser har matchende kandidater.")).ToBeVisibleAsync();
        await CheckPageAsync(Page, "Lagermedarbejder", "praktikplads-kladde");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Ret praktikpladsen" }).ClickAsync();
        await Expect(Page.GetByLabel("Titel")).ToHaveValueAsync("Lagermedarbejder");
        await CheckPageAsync(Page, "Ret Lagermedarbejder", "praktikplads-ret");
        // Someone publishes the draft while the consultant edits it.
        await (await staff.PostAsJsonAsync($"/api/v1/internships/{offer.Id}/status", new { status = "open" })).ShouldBe(HttpStatusCode.OK);
        await Page.GetByLabel("Titel").FillAsync("Lagerassistent");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();
        await Expect(Page.Locator(".alert-error")).ToContainTextAsync("Nogen har ændret praktikpladsen imens; se den nye version.");
        await Expect(Page.GetByLabel("Titel")).ToHaveValueAsync("Lagerassistent");
        // The concurrent-change message ends "se den nye version", which the word list counts as English; the rest still holds.
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Ret Lagermedarbejder");
        await Page.ShouldBeAccessibleAsync();
        await Page.KeepScreenshotAsync("praktikplads-ret-samtidig");

        await Page.GotoAsync($"/praktikpladser/{offer.Id}/ret");
        await Page.GetByLabel("Titel").FillAsync("Lagerassistent");
        await Page.GetByLabel("Antal pladser").FillAsync("tre");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();
        await Expect(Page.GetByLabel("Antal pladser")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#internship-slots-error")).ToContainTextAsync("Skriv et helt tal.");
        await Page.GetByLabel("Antal pladser").FillAsync("3");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Lagerassistent");
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Praktikpladsen er gemt.");
        await Expect(Page.Locator(".details-list").First).ToContainTextAsync("0 af 3");

        var statusButtons = Page.Locator("section", new() { Has = Page.Locator("#offer-status-heading") }).GetByRole(AriaRole.Button);
        await Expect(statusButtons).ToHaveTextAsync(["Markér som besat", "Luk praktikpladsen", "Aflys praktikpladsen"]);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Luk praktikpladsen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Praktikpladsens status er ændret.");
        await Expect(Page.Locator("#offer-status-heading ~ p").First).ToHaveTextAsync("Nuværende status: Lukket");
        await Expect(statusButtons).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Ret praktikpladsen" })).ToHaveCountAsync(0);
        await CheckPageAsync(Page, "Lagerassistent", "praktikplads-lukket");

        // A closed offer can no longer be changed: the edit page says so instead of offering the form.
        await Page.GotoAsync($"/praktikpladser/{offer.Id}/ret");
        await Expect(Page.GetByText("Praktikpladsen kan ikke længere ændres.")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Titel")).ToHaveCountAsync(0);
        await CheckPageAsync(Page, "Ret Lagerassistent", "praktikplads-ret-lukket");
    }

    [Fact]
    public async Task An_analyst_sees_the_offer_but_no_candidates_referrals_or_keys()
    {
        var (staff, company) = await CompanyAsync();
        var offer = await PostOfferAsync(staff, company.Id);
        var amira = await staff.RegisterCandidateAsync(PeopleData.Candidate("J-1", "Amira Haddad", "DU2", 6, "2025-06-01"));
        await ReferAsync(staff, offer.Id, amira.Id);
        await SignInAsync(Page, "analyst", "/virksomheder");

        await Page.GotoAsync($"/virksomheder/{company.Id}");
        await Expect(Row(Page, "Lagermedarbejder")).ToContainTextAsync("Åben");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Opret praktikplads" })).ToHaveCountAsync(0);
        await Expect(Page.Locator("#api-keys-heading")).ToHaveCountAsync(0);
        await CheckPageAsync(Page, Bakery, "praktikplads-analytiker-virksomhed");

        await Row(Page, "Lagermedarbejder").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Lagermedarbejder");
        await Expect(Page.GetByText("Matchende kandidater og henvisninger er personoplysninger")).ToBeVisibleAsync();
        await Expect(Page.Locator("#matches-heading")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#referrals-heading")).ToHaveCountAsync(0);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Amira");
        await Expect(Page.Locator("main").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Ret praktikpladsen" })).ToHaveCountAsync(0);
        await CheckPageAsync(Page, "Lagermedarbejder", "praktikplads-analytiker");

        var response = await Page.GotoAsync($"/virksomheder/{company.Id}/praktikpladser/ny");
        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        await CheckPageAsync(Page, "Ingen adgang", "praktikplads-analytiker-opret");

        response = await Page.GotoAsync($"/praktikpladser/{offer.Id}/ret");
        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        await CheckPageAsync(Page, "Ingen adgang", "praktikplads-analytiker-ret");
    }

    [Fact]
    public async Task Accepting_a_candidate_for_an_offer_whose_places_are_all_taken_is_refused_in_plain_Danish()
    {
        var (staff, company) = await CompanyAsync();
        var offer = await PostOfferAsync(staff, company.Id, slots: 1);
        var amira = await staff.RegisterCandidateAsync(PeopleData.Candidate("J-1", "Amira Haddad", "DU2", 6, "2025-06-01"));
        var yonas = await staff.RegisterCandidateAsync(PeopleData.Candidate("J-2", "Yonas Tesfaye", "DU3", 5, "2025-09-01"));
        await ReferAsync(staff, offer.Id, amira.Id);
        var second = await ReferAsync(staff, offer.Id, yonas.Id);
        await SignInAsync(Page, "consultant");

        await Page.GotoAsync($"/praktikpladser/{offer.Id}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Accepter Amira Haddad" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Henvisningen er accepteret, og forløbet er oprettet.");
        await Expect(Page.Locator("#offer-status-heading ~ p").First).ToHaveTextAsync("Nuværende status: Besat");
        await Expect(Page.GetByText("Kun åbne praktikpladser har matchende kandidater.")).ToBeVisibleAsync();

        // The last place went to Amira; Yonas's referral is still open, but there is no place left to accept him into.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Accepter Yonas Tesfaye" }).ClickAsync();
        await Expect(Page.Locator(".alert-error")).ToContainTextAsync("Alle pladser i praktikpladsen er besat.");
        await Expect(Row(Page, "Yonas Tesfaye")).ToContainTextAsync("Foreslået");
        await CheckPageAsync(Page, "Lagermedarbejder", "praktikplads-fuld");
        var still = await (await staff.GetAsync($"/api/v1/referrals/{second.Id}")).ReadAsync<ReferralDto>();
        Assert.Equal(Domain.Referrals.ReferralStatus.Proposed, still.Status);
        Assert.Null(still.PlacementId);
    }

    [Fact]
    public async Task A_referral_is_declined_with_its_reason_without_JavaScript()
    {
        var (staff, company) = await CompanyAsync();
        var offer = await PostOfferAsync(staff, company.Id);
        var yonas = await staff.RegisterCandidateAsync(PeopleData.Candidate("J-2", "Yonas Tesfaye", "DU3", 5, "2025-09-01"));
        await ReferAsync(staff, offer.Id, yonas.Id);
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "consultant");

        await page.GotoAsync($"/praktikpladser/{offer.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afvis Yonas Tesfaye" }).ClickAsync();
        await Expect(Row(page, "Yonas Tesfaye").GetByLabel("Begrundelse ved afvisning")).ToHaveAttributeAsync("aria-invalid", "true");
        await CheckPageAsync(page, "Lagermedarbejder", "praktikplads-afvis-uden-js");

        await Row(page, "Yonas Tesfaye").GetByLabel("Begrundelse ved afvisning").SelectOptionAsync(new SelectOptionValue { Label = "Mødte ikke op" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afvis Yonas Tesfaye" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Henvisningen er afvist.");
        await Expect(Row(page, "Yonas Tesfaye")).ToContainTextAsync("Begrundelse: Mødte ikke op");
    }
}
