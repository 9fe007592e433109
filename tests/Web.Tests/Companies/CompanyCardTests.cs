using System.Text.RegularExpressions;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Partnerships;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Companies;

public class CompanyCardTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    private const string CompanyName = "Bageriet Solsikken ApS";

    private async Task<CompanyDto> RegisterCompanyAsync()
    {
        var client = await App.ClientAsync("consultant", Consultant);
        return await client.RegisterCompanyAsync(TestData.CvrNumbers().First(), CompanyName);
    }

    private async Task<ContactDto> AddContactAsync(Guid companyId)
    {
        var client = await App.ClientAsync("consultant", Consultant);
        var response = await client.PostAsJsonAsync($"/api/v1/companies/{companyId}/contacts",
            new { name = "Anna Holm", title = "Køkkenchef", email = "anna@solsikken.dk", phone = "39 98 00 00", isPrimary = true });
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<ContactDto>();
    }

    private async Task<ActivityDto> LogActivityAsync(Guid companyId, string author, string summary, string nextAction)
    {
        var client = await App.ClientAsync("consultant", author);
        var response = await client.PostAsJsonAsync($"/api/v1/companies/{companyId}/activities", new
        {
            kind = "call",
            occurredAt = DateTimeOffset.UtcNow.AddHours(-1),
            summary,
            nextAction,
            nextActionOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd"),
        });
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<ActivityDto>();
    }

    private ILocator Section(IPage page, string headingId) => page.Locator($"section[aria-labelledby='{headingId}']");

    [Fact]
    public async Task A_consultant_adds_a_contact_after_correcting_the_email_then_edits_it()
    {
        var company = await RegisterCompanyAsync();
        await SignInAsync(Page, "consultant", $"/virksomheder/{company.Id}");
        await CheckPageAsync(Page, CompanyName, "kort-uden-data");
        var contacts = Section(Page, "contacts-heading");
        await Expect(contacts).ToContainTextAsync("Virksomheden har ingen kontaktpersoner endnu.");

        await contacts.GetByText("Tilføj kontaktperson").ClickAsync();
        await contacts.GetByLabel("Navn").FillAsync("Anna Holm");
        await contacts.GetByLabel("Titel").FillAsync("Køkkenchef");
        await contacts.GetByLabel("E-mail").FillAsync("anna(at)solsikken.dk");
        await contacts.GetByLabel("Telefon").FillAsync("39 98 00 00");
        await contacts.GetByLabel("Primær kontaktperson").CheckAsync();
        await contacts.GetByRole(AriaRole.Button, new() { Name = "Gem kontaktpersonen" }).ClickAsync();

        var email = contacts.GetByLabel("E-mail");
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(email).ToHaveValueAsync("anna(at)solsikken.dk");
        await Expect(contacts.Locator("#contact-add-errors")).ToContainTextAsync("Skriv en e-mailadresse, fx navn@firma.dk.");
        await Expect(contacts.GetByLabel("Navn")).ToHaveValueAsync("Anna Holm");
        await CheckPageAsync(Page, CompanyName, "kort-kontakt-fejl");

        await email.FillAsync("anna@solsikken.dk");
        await contacts.GetByRole(AriaRole.Button, new() { Name = "Gem kontaktpersonen" }).ClickAsync();

        await Expect(contacts.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kontaktpersonen er tilføjet.");
        var row = contacts.GetByRole(AriaRole.Row, new() { Name = "Anna Holm" });
        await Expect(row).ToContainTextAsync("Køkkenchef");
        await Expect(row).ToContainTextAsync("anna@solsikken.dk");
        await Expect(row).ToContainTextAsync("Primær kontaktperson");
        await CheckPageAsync(Page, CompanyName, "kort-kontakt-tilfoejet");

        await contacts.GetByRole(AriaRole.Link, new() { Name = "Ret Anna Holm" }).ClickAsync();
        await CheckPageAsync(Page, "Ret kontaktperson: Anna Holm", "kontakt-ret");
        await Page.GetByLabel("Titel").FillAsync("Restaurantchef");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();

        await Expect(contacts.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kontaktpersonen er gemt.");
        await Expect(contacts.GetByRole(AriaRole.Row, new() { Name = "Anna Holm" })).ToContainTextAsync("Restaurantchef");
    }

    [Fact]
    public async Task Editing_a_contact_someone_else_changed_meanwhile_keeps_the_input_and_says_so()
    {
        var company = await RegisterCompanyAsync();
        var contact = await AddContactAsync(company.Id);
        await SignInAsync(Page, "consultant", $"/virksomheder/{company.Id}/kontakter/{contact.Id}/ret");
        await Page.GetByLabel("Titel").FillAsync("Restaurantchef");

        var colleague = await App.ClientAsync("consultant", "Peter Hansen");
        var meanwhile = await colleague.PutAsJsonAsync($"/api/v1/companies/{company.Id}/contacts/{contact.Id}",
            new { name = "Anna Holm", title = "Souschef", email = "anna@solsikken.dk", phone = "39 98 00 00", isPrimary = true });
        await meanwhile.ShouldBe(HttpStatusCode.OK);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();

        await Expect(Page.Locator("#contact-edit-errors")).ToContainTextAsync("Nogen har ændret kontaktpersonen imens; se den nye version.");
        await Expect(Page.GetByLabel("Titel")).ToHaveValueAsync("Restaurantchef");
        await CheckPageAsync(Page, "Ret kontaktperson: Anna Holm", "kontakt-ret-samtidig");
    }

    [Fact]
    public async Task Removing_a_contact_asks_first_and_works_without_JavaScript()
    {
        var company = await RegisterCompanyAsync();
        await AddContactAsync(company.Id);
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "consultant", $"/virksomheder/{company.Id}");

        await Section(page, "contacts-heading").GetByRole(AriaRole.Link, new() { Name = "Fjern Anna Holm" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Fjern kontaktperson: Anna Holm");
        await Expect(page.Locator("main")).ToContainTextAsync($"Vil du fjerne Anna Holm som kontaktperson hos {CompanyName}?");
        await CheckPageAsync(page, "Fjern kontaktperson: Anna Holm", "kontakt-fjern");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, fjern kontaktpersonen" }).ClickAsync();

        var contacts = Section(page, "contacts-heading");
        await Expect(contacts.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kontaktpersonen er fjernet.");
        await Expect(contacts).ToContainTextAsync("Virksomheden har ingen kontaktpersoner endnu.");
        await CheckPageAsync(page, CompanyName, "kort-kontakt-fjernet");
    }

    [Fact]
    public async Task A_consultant_registers_an_activity_with_a_next_action_and_marks_it_done()
    {
        var company = await RegisterCompanyAsync();
        await SignInAsync(Page, "consultant", $"/virksomheder/{company.Id}");
        var activities = Section(Page, "activities-heading");
        await Expect(activities).ToContainTextAsync("Der er endnu ingen aktiviteter.");

        await activities.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Møde" });
        await activities.GetByLabel("Dato", new() { Exact = true }).FillAsync("2026-03-02");
        await activities.GetByLabel("Klokkeslæt").FillAsync("10:30");
        await activities.GetByLabel("Resumé").FillAsync("Møde med køkkenchefen om praktik for tre kandidater.");
        await activities.GetByLabel(new Regex("^Næste handling \\(frivilligt\\)$")).FillAsync("Ring igen om praktikpladsen");
        await activities.GetByRole(AriaRole.Button, new() { Name = "Registrér aktivitet" }).ClickAsync();

        var due = activities.GetByLabel("Næste handling den");
        await Expect(due).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(activities.Locator("#activity-add-errors")).ToContainTextAsync("Angiv, hvornår den næste handling skal gøres.");
        await Expect(activities.Locator("#activity-add-errors a")).ToHaveAttributeAsync("href", "#activity-add-nextactionon");
        await Expect(activities.GetByLabel("Resumé")).ToHaveValueAsync("Møde med køkkenchefen om praktik for tre kandidater.");
        await CheckPageAsync(Page, CompanyName, "kort-aktivitet-fejl");

        await due.FillAsync("2026-03-09");
        await activities.GetByRole(AriaRole.Button, new() { Name = "Registrér aktivitet" }).ClickAsync();

        await Expect(activities.GetByRole(AriaRole.Status)).ToHaveTextAsync("Aktiviteten er registreret.");
        var entry = activities.Locator(".timeline > li").First;
        await Expect(entry).ToContainTextAsync("Møde");
        await Expect(entry).ToContainTextAsync("2. marts 2026 10.30");
        await Expect(entry).ToContainTextAsync($"Registreret af {Consultant}");
        await Expect(entry).ToContainTextAsync("Næste handling: Ring igen om praktikpladsen");
        await Expect(entry).ToContainTextAsync("Næste handling den 9. marts 2026");
        await CheckPageAsync(Page, CompanyName, "kort-aktivitet-registreret");

        await entry.GetByRole(AriaRole.Button, new() { Name = "Markér som gjort" }).ClickAsync();

        await Expect(activities.GetByRole(AriaRole.Status)).ToHaveTextAsync("Den næste handling er markeret som gjort.");
        await Expect(activities.Locator(".timeline > li").First).ToContainTextAsync("Gjort");
        await Expect(activities.GetByRole(AriaRole.Button, new() { Name = "Markér som gjort" })).ToHaveCountAsync(0);
        await CheckPageAsync(Page, CompanyName, "kort-aktivitet-gjort");
    }

    [Fact]
    public async Task Only_the_author_sees_Markér_som_gjort_and_a_refusal_is_shown_in_Danish()
    {
        var company = await RegisterCompanyAsync();
        await LogActivityAsync(company.Id, "Peter Hansen", "Peter talte med ejeren.", "Send materiale om løntilskud");
        var own = await LogActivityAsync(company.Id, Consultant, "Mette talte med køkkenchefen.", "Ring igen om praktikpladsen");
        await SignInAsync(Page, "consultant", $"/virksomheder/{company.Id}");

        var activities = Section(Page, "activities-heading");
        var buttons = activities.GetByRole(AriaRole.Button, new() { Name = "Markér som gjort" });
        await Expect(buttons).ToHaveCountAsync(1);
        await Expect(buttons).ToHaveAttributeAsync("aria-label", "Markér som gjort: Ring igen om praktikpladsen");

        // Marked done elsewhere after the page was read: the button no longer applies.
        var client = await App.ClientAsync("consultant", Consultant);
        await (await client.PostAsync($"/api/v1/companies/{company.Id}/activities/{own.Id}/done", null)).ShouldBe(HttpStatusCode.OK);
        await buttons.ClickAsync();

        await Expect(activities.Locator("#activity-done-errors")).ToContainTextAsync("Det er allerede gjort.");
        await CheckPageAsync(Page, CompanyName, "kort-aktivitet-afvist");
    }

    [Fact]
    public async Task A_consultant_proposes_a_partnership_and_sees_only_the_buttons_its_status_allows()
    {
        var company = await RegisterCompanyAsync();
        await SignInAsync(Page, "consultant", $"/virksomheder/{company.Id}");
        var partnership = Section(Page, "partnership-heading");
        await Expect(partnership).ToContainTextAsync("Virksomheden har intet partnerskab.");

        await partnership.GetByLabel("Aftalte pladser pr. år").FillAsync("4");
        await partnership.GetByRole(AriaRole.Button, new() { Name = "Foreslå partnerskab" }).ClickAsync();

        var schemes = partnership.GetByRole(AriaRole.Group, new() { Name = "Ordninger" });
        await Expect(schemes).ToContainTextAsync("Vælg mindst én ordning.");
        await Expect(schemes).ToHaveAttributeAsync("aria-describedby", "partnership-propose-schemes-hint partnership-propose-schemes-error");
        await Expect(partnership.Locator("#partnership-propose-errors a")).ToHaveAttributeAsync("href", "#partnership-propose-schemes");
        await Expect(partnership.GetByLabel("Aftalte pladser pr. år")).ToHaveValueAsync("4");
        await CheckPageAsync(Page, CompanyName, "kort-partnerskab-fejl");

        await schemes.GetByLabel("Virksomhedspraktik").CheckAsync();
        await schemes.GetByLabel("IGU").CheckAsync();
        await partnership.GetByRole(AriaRole.Button, new() { Name = "Foreslå partnerskab" }).ClickAsync();

        await Expect(partnership.GetByRole(AriaRole.Status)).ToHaveTextAsync("Partnerskabet er foreslået.");
        await Expect(partnership.Locator("dl")).ToContainTextAsync("Emne");
        await Expect(partnership.Locator("dl")).ToContainTextAsync("Virksomhedspraktik, IGU");
        await Expect(partnership.Locator("dl")).ToContainTextAsync(Consultant);
        await ShouldOfferAsync(partnership, "Markér som i dialog", "Afslut partnerskabet");
        await CheckPageAsync(Page, CompanyName, "kort-partnerskab-emne");

        await partnership.GetByRole(AriaRole.Button, new() { Name = "Markér som i dialog" }).ClickAsync();
        await Expect(partnership.GetByRole(AriaRole.Status)).ToHaveTextAsync("Partnerskabets status er ændret.");
        await Expect(partnership.Locator("dl")).ToContainTextAsync("I dialog");
        await ShouldOfferAsync(partnership, "Markér som aktivt", "Afslut partnerskabet");

        await partnership.GetByRole(AriaRole.Button, new() { Name = "Markér som aktivt" }).ClickAsync();
        await Expect(partnership.Locator("dl")).ToContainTextAsync("Aktivt");
        await ShouldOfferAsync(partnership, "Sæt på pause", "Afslut partnerskabet");
        await CheckPageAsync(Page, CompanyName, "kort-partnerskab-aktivt");
    }

    /// <summary>The section's visible buttons are exactly these (the terms form is folded away).</summary>
    private static async Task ShouldOfferAsync(ILocator section, params string[] buttons)
    {
        await Expect(section.GetByRole(AriaRole.Button, new() { Name = buttons[0] })).ToBeVisibleAsync();
        var shown = await section.GetByRole(AriaRole.Button).AllInnerTextsAsync();
        Assert.Equal(buttons, shown.Select(b => b.Trim()).ToArray());
    }

    [Fact]
    public async Task Ending_a_partnership_asks_first_and_works_without_JavaScript()
    {
        var company = await RegisterCompanyAsync();
        var client = await App.ClientAsync("consultant", Consultant);
        await client.ProposePartnershipAsync(company.Id, "active");
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "consultant", $"/virksomheder/{company.Id}");
        var partnership = Section(page, "partnership-heading");

        await partnership.GetByRole(AriaRole.Button, new() { Name = "Afslut partnerskabet" }).ClickAsync();
        await Expect(partnership).ToContainTextAsync("Vil du afslutte partnerskabet?");
        await Expect(partnership.Locator("dl")).ToContainTextAsync("Aktivt");
        // The same question, asked in the browser with scripts, is checked for accessibility and language.
        await SignInAsync(Page, "consultant", $"/virksomheder/{company.Id}");
        await Section(Page, "partnership-heading").GetByRole(AriaRole.Button, new() { Name = "Afslut partnerskabet" }).ClickAsync();
        await Expect(Section(Page, "partnership-heading")).ToContainTextAsync("Vil du afslutte partnerskabet?");
        await CheckPageAsync(Page, CompanyName, "kort-partnerskab-afslut");
        await partnership.GetByLabel("Begrundelse").FillAsync("Virksomheden har ikke længere plads.");
        await partnership.GetByRole(AriaRole.Button, new() { Name = "Ja, afslut partnerskabet" }).ClickAsync();

        await Expect(partnership.GetByRole(AriaRole.Status)).ToHaveTextAsync("Partnerskabets status er ændret.");
        await Expect(partnership).ToContainTextAsync("Det seneste partnerskab med virksomheden blev afsluttet");
        await Expect(partnership.GetByRole(AriaRole.Button, new() { Name = "Foreslå partnerskab" })).ToBeVisibleAsync();
        await Page.GotoAsync(page.Url);
        await CheckPageAsync(Page, CompanyName, "kort-partnerskab-afsluttet");
        var ended = await (await client.GetAsync($"/api/v1/partnerships?companyId={company.Id}")).ReadAsync<PartnerCrm.Application.Common.Page<PartnershipDto>>();
        Assert.Equal(("Ended", "Virksomheden har ikke længere plads."), (ended.Items.Single().Status.ToString(), ended.Items.Single().StatusReason));
    }

    [Fact]
    public async Task Revising_terms_someone_else_changed_meanwhile_keeps_the_input_and_says_so()
    {
        var company = await RegisterCompanyAsync();
        var client = await App.ClientAsync("consultant", Consultant);
        var proposed = await client.ProposePartnershipAsync(company.Id);
        await SignInAsync(Page, "consultant", $"/virksomheder/{company.Id}");
        var partnership = Section(Page, "partnership-heading");

        await partnership.GetByText("Ret aftalens vilkår").ClickAsync();
        await partnership.GetByLabel("Løntilskud").CheckAsync();
        await partnership.GetByLabel("Aftalte pladser pr. år").FillAsync("9");
        var meanwhile = await client.PutAsJsonAsync($"/api/v1/partnerships/{proposed.Id}",
            new { schemes = new[] { "internship" }, committedSlotsPerYear = 6 });
        await meanwhile.ShouldBe(HttpStatusCode.OK);
        await partnership.GetByRole(AriaRole.Button, new() { Name = "Gem vilkårene" }).ClickAsync();

        await Expect(partnership.Locator("#partnership-terms-errors")).ToContainTextAsync("Nogen har ændret partnerskabet imens; se den nye version.");
        await Expect(partnership.GetByLabel("Aftalte pladser pr. år")).ToHaveValueAsync("9");
        await Expect(partnership.GetByLabel("Løntilskud")).ToBeCheckedAsync();
        await Expect(partnership.Locator("dl")).ToContainTextAsync("6");
        await CheckPageAsync(Page, CompanyName, "kort-partnerskab-samtidig");
    }

    [Fact]
    public async Task The_placements_section_names_each_candidate_and_links_to_the_placement()
    {
        var company = await RegisterCompanyAsync();
        var client = await App.ClientAsync("consultant", Consultant);
        var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate());
        var start = DateOnly.FromDateTime(DateTime.UtcNow);
        var placement = await client.MakePlacementAsync(PeopleData.Placement(
            candidate.Id, company.Id, "internship", start.ToString("yyyy-MM-dd"), start.AddDays(56).ToString("yyyy-MM-dd")));
        await SignInAsync(Page, "consultant", $"/virksomheder/{company.Id}");

        var placements = Section(Page, "placements-heading");
        await Expect(placements.GetByRole(AriaRole.Link, new() { Name = "Opret forløb" })).ToHaveAttributeAsync("href", $"/forloeb/ny?virksomhed={company.Id}");
        var row = placements.GetByRole(AriaRole.Row, new() { Name = "Amira" });
        await Expect(row).ToContainTextAsync("Virksomhedspraktik");
        await Expect(row).ToContainTextAsync("Køkkenmedhjælper");
        await Expect(row).ToContainTextAsync("(planlagt)");
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "Amira" })).ToHaveAttributeAsync("href", $"/forloeb/{placement.Id}");
        await CheckPageAsync(Page, CompanyName, "kort-forloeb");
    }

    [Fact]
    public async Task An_analyst_sees_the_card_without_contacts_names_or_forms()
    {
        var company = await RegisterCompanyAsync();
        var contact = await AddContactAsync(company.Id);
        await LogActivityAsync(company.Id, Consultant, "Mette talte med køkkenchefen.", "Ring igen om praktikpladsen");
        var client = await App.ClientAsync("consultant", Consultant);
        await client.ProposePartnershipAsync(company.Id);
        var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate());
        var start = DateOnly.FromDateTime(DateTime.UtcNow);
        await client.MakePlacementAsync(PeopleData.Placement(
            candidate.Id, company.Id, "internship", start.ToString("yyyy-MM-dd"), start.AddDays(56).ToString("yyyy-MM-dd")));

        await SignInAsync(Page, "analyst", $"/virksomheder/{company.Id}");

        await CheckPageAsync(Page, CompanyName, "kort-analytiker");
        await Expect(Section(Page, "contacts-heading")).ToContainTextAsync("Kontaktpersoner er personoplysninger, som din rolle ikke giver adgang til.");
        await Expect(Section(Page, "placements-heading")).ToContainTextAsync("Forløb er personoplysninger om kandidaterne");
        await Expect(Section(Page, "activities-heading")).ToContainTextAsync("Mette talte med køkkenchefen.");
        await Expect(Section(Page, "partnership-heading").Locator("dl")).ToContainTextAsync("Emne");
        var main = Page.Locator("main");
        await Expect(main).Not.ToContainTextAsync("Anna Holm");
        await Expect(main).Not.ToContainTextAsync("Amira");
        await Expect(main.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(main.Locator("form")).ToHaveCountAsync(0);
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Opret forløb" })).ToHaveCountAsync(0);

        var response = await Page.GotoAsync($"/virksomheder/{company.Id}/kontakter/{contact.Id}/ret");
        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        await CheckPageAsync(Page, "Ingen adgang", "kontakt-ret-analytiker");
    }
}
