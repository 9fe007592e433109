using System.Net.Http.Json;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Companies;

public class CompanyRegistrationTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    private const string ValidCvr = "10150817";

    [Fact]
    public async Task A_consultant_registers_a_company_and_lands_on_its_card()
    {
        await SignInAsync(Page, "consultant", "/virksomheder");
        await CheckPageAsync(Page, "Virksomheder", "virksomheder-tom");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Opret virksomhed" }).ClickAsync();
        await CheckPageAsync(Page, "Opret virksomhed", "opret-virksomhed");

        await Page.GetByLabel("CVR-nummer").FillAsync(ValidCvr);
        await Page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Bageriet Blomst ApS");
        await Page.GetByLabel("Postnummer").FillAsync("2900");
        await Page.GetByLabel("By").FillAsync("Hellerup");
        await Page.GetByLabel("Adresse").FillAsync("Strandvejen 100");
        await Page.GetByLabel("Branchekode").FillAsync("107120");
        await Page.GetByLabel("Antal ansatte").FillAsync("12");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Bageriet Blomst ApS");
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Virksomheden er oprettet.");
        await Expect(Page.Locator("main")).ToContainTextAsync("Strandvejen 100, 2900 Hellerup");
        await CheckPageAsync(Page, "Bageriet Blomst ApS", "virksomhedskort");
        var companies = await (await App.ClientAsync("consultant", Consultant)).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/companies");
        Assert.Equal(ValidCvr, companies.GetProperty("items")[0].GetProperty("cvr").GetString());
    }

    [Fact]
    public async Task An_invalid_cvr_number_is_shown_on_its_field_and_in_the_summary_and_the_input_is_kept()
    {
        await SignInAsync(Page, "consultant", "/virksomheder/ny");

        await Page.GetByLabel("CVR-nummer").FillAsync("12345678");
        await Page.GetByLabel("Antal ansatte").FillAsync("mange");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();

        var cvr = Page.GetByLabel("CVR-nummer");
        await Expect(cvr).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(cvr).ToHaveValueAsync("12345678");
        await Expect(cvr).ToHaveAttributeAsync("aria-describedby", "company-cvr-hint company-cvr-error");
        await Expect(Page.Locator("#company-cvr-error")).ToContainTextAsync("Et CVR-nummer er 8 cifre");
        // Every error at once: the number that is not a number, and the name the validators ask for.
        await Expect(Page.Locator("#company-employeecount-error")).ToContainTextAsync("Skriv et helt tal.");
        await Expect(Page.Locator("#company-name-error")).ToContainTextAsync("Udfyld feltet.");
        var summary = Page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("Der er 3 fejl i formularen");
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Et CVR-nummer er 8 cifre" })).ToHaveAttributeAsync("href", "#company-cvr");
        await CheckPageAsync(Page, "Opret virksomhed", "opret-virksomhed-fejl");
    }

    [Fact]
    public async Task A_cvr_number_already_registered_is_an_error_on_the_field_with_a_link_to_the_company()
    {
        var existing = await (await App.ClientAsync("consultant", Consultant)).RegisterCompanyAsync(ValidCvr, "Malerfirmaet Hansen");
        await SignInAsync(Page, "consultant", "/virksomheder/ny");

        await Page.GetByLabel("CVR-nummer").FillAsync(ValidCvr);
        await Page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Et andet navn");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();

        await Expect(Page.GetByLabel("CVR-nummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#company-cvr-error")).ToHaveTextAsync("Fejl: Der findes allerede en virksomhed med dette CVR-nummer.");
        await Page.GetByRole(AriaRole.Link, new() { Name = $"Se {ValidCvr}" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync($"{BaseUrl}/virksomheder/{existing.Id}");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Malerfirmaet Hansen");
    }

    [Fact]
    public async Task Without_JavaScript_a_company_is_registered_and_found_by_submitting_the_search()
    {
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "consultant", "/virksomheder/ny");

        await page.GetByLabel("CVR-nummer").FillAsync(ValidCvr);
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Cykelsmeden Jensen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Cykelsmeden Jensen");

        await page.GotoAsync("/virksomheder");
        await page.GetByLabel("Søg").FillAsync("cykel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{BaseUrl}/virksomheder?q=cykel");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Cykelsmeden Jensen" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task With_JavaScript_the_list_is_searched_as_the_user_types()
    {
        var consultant = await App.ClientAsync("consultant", Consultant);
        var cvrs = TestData.CvrNumbers(1_015_100).Take(2).ToList();
        await consultant.RegisterCompanyAsync(cvrs[0], "Blomsterbutikken Rosen");
        await consultant.RegisterCompanyAsync(cvrs[1], "Tømrerfirmaet Vestergaard");
        await SignInAsync(Page, "consultant", "/virksomheder");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Tømrerfirmaet Vestergaard" })).ToBeVisibleAsync();

        await Page.GetByLabel("Søg").PressSequentiallyAsync("blomst");

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Tømrerfirmaet Vestergaard" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Blomsterbutikken Rosen" })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Søg")).ToBeFocusedAsync();
        await Expect(Page).ToHaveURLAsync($"{BaseUrl}/virksomheder?q=blomst");
        await CheckPageAsync(Page, "Virksomheder", "virksomheder");
    }

    [Fact]
    public async Task A_change_made_meanwhile_is_reported_in_Danish_and_the_users_input_is_kept()
    {
        var consultant = await App.ClientAsync("consultant", Consultant);
        var company = await consultant.RegisterCompanyAsync(ValidCvr, "Vinduespudseren");
        await SignInAsync(Page, "consultant", $"/virksomheder/{company.Id}/ret");
        await Page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Vinduespudseren og Søn");

        var meanwhile = await consultant.PutAsJsonAsync($"/api/v1/companies/{company.Id}", TestData.Company(ValidCvr, "Vinduespudseren Nord"));
        await meanwhile.ShouldBe(System.Net.HttpStatusCode.OK);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nogen har ændret virksomhedens oplysninger imens; se den nye version.");
        await Expect(Page.GetByLabel("Navn", new() { Exact = true })).ToHaveValueAsync("Vinduespudseren og Søn");
        var stored = await consultant.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/companies/{company.Id}");
        Assert.Equal("Vinduespudseren Nord", stored.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_analyst_reads_companies_but_may_not_register_one()
    {
        await (await App.ClientAsync("consultant", Consultant)).RegisterCompanyAsync(ValidCvr, "Frisørsalonen Klip");
        await SignInAsync(Page, "analyst", "/virksomheder");

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Opret virksomhed" })).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Frisørsalonen Klip" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Frisørsalonen Klip");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Ret virksomhedens oplysninger" })).ToHaveCountAsync(0);
    }
}
