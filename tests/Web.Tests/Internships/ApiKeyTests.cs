using System.Net;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Internships;

/// <summary>A company's API keys on its card: issued and shown once, listed by their first characters, revoked after a confirmation.</summary>
public class ApiKeyTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    private const string Bakery = "Gentofte Bageri";

    private static ILocator Section(IPage page) => page.Locator("section", new() { Has = page.Locator("#api-keys-heading") });

    private async Task<HttpStatusCode> EmployerCallAsync(string key)
    {
        using var employer = App.EmployerClient(key);
        return (await employer.GetAsync("/api/v1/employer/company")).StatusCode;
    }

    [Fact]
    public async Task A_consultant_issues_a_key_sees_it_once_then_only_its_prefix_and_revokes_it_after_confirming()
    {
        var staff = await App.ClientAsync("consultant", Consultant);
        var company = await staff.RegisterCompanyAsync("13585628", Bakery);
        await SignInAsync(Page, "consultant");
        var card = $"/virksomheder/{company.Id}";

        await Page.GotoAsync(card);
        var section = Section(Page);
        await Expect(section).ToContainTextAsync("Virksomheden har ingen API-nøgler.");
        await section.GetByRole(AriaRole.Button, new() { Name = "Udsted nøgle" }).ClickAsync();
        await Expect(section.GetByLabel("Navn")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(section.Locator(".alert-error")).ToContainTextAsync("Udfyld feltet.");
        await CheckPageAsync(Page, Bakery, "api-noegle-fejl");

        await section.GetByLabel("Navn").FillAsync("Bageriets HR-system");
        await section.GetByRole(AriaRole.Button, new() { Name = "Udsted nøgle" }).ClickAsync();

        var shown = section.Locator(".issued-key-value");
        await Expect(shown).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^pcrm_"));
        var key = (await shown.TextContentAsync())!.Trim();
        await Expect(section).ToContainTextAsync("Den vises kun denne ene gang");
        Assert.DoesNotContain(key, Page.Url);
        Assert.Equal(HttpStatusCode.OK, await EmployerCallAsync(key));
        var row = section.Locator("tr", new() { HasText = "Bageriets HR-system" });
        var prefix = (await row.Locator("code").TextContentAsync())!.Trim();
        Assert.StartsWith(prefix, key);
        Assert.True(prefix.Length < key.Length);
        await Expect(section.GetByLabel("Navn")).ToHaveValueAsync("");
        await CheckPageAsync(Page, Bakery, "api-noegle-udstedt");

        await Page.GotoAsync(card);
        await Expect(Page.Locator(".issued-key-value")).ToHaveCountAsync(0);
        Assert.DoesNotContain(key, await Page.ContentAsync());
        await Expect(Section(Page).Locator("tr", new() { HasText = "Bageriets HR-system" }).Locator("code")).ToHaveTextAsync(prefix);
        await CheckPageAsync(Page, Bakery, "api-noegle-liste");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tilbagekald nøglen Bageriets HR-system" }).ClickAsync();
        await Expect(Page.Locator("#revoke-api-key")).ToContainTextAsync("Tilbagekald nøglen Bageriets HR-system?");
        // Asking is not revoking.
        Assert.Equal(HttpStatusCode.OK, await EmployerCallAsync(key));
        await CheckPageAsync(Page, Bakery, "api-noegle-bekraeft");
        await Page.Locator("#revoke-api-key").GetByRole(AriaRole.Link, new() { Name = "Annuller" }).ClickAsync();
        await Expect(Page.Locator("#revoke-api-key")).ToHaveCountAsync(0);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tilbagekald nøglen Bageriets HR-system" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ja, tilbagekald nøglen" }).ClickAsync();

        await Expect(Section(Page).GetByRole(AriaRole.Status)).ToHaveTextAsync("Nøglen er tilbagekaldt.");
        await Expect(Page.Locator("#revoke-api-key")).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Tilbagekald nøglen Bageriets HR-system" })).ToHaveCountAsync(0);
        await Expect(Section(Page).Locator("tr", new() { HasText = "Bageriets HR-system" })).Not.ToContainTextAsync("Nej, aktiv");
        Assert.Equal(HttpStatusCode.Unauthorized, await EmployerCallAsync(key));
        await CheckPageAsync(Page, Bakery, "api-noegle-tilbagekaldt");
    }

    [Fact]
    public async Task Without_JavaScript_the_key_comes_in_the_answer_to_the_post_which_is_never_cached_and_revoking_still_asks_first()
    {
        var staff = await App.ClientAsync("consultant", Consultant);
        var company = await staff.RegisterCompanyAsync("13585628", Bakery);
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "consultant");
        await page.GotoAsync($"/virksomheder/{company.Id}");

        await Section(page).GetByLabel("Navn").FillAsync("Lønsystem");
        var answer = await page.RunAndWaitForResponseAsync(
            () => Section(page).GetByRole(AriaRole.Button, new() { Name = "Udsted nøgle" }).ClickAsync(),
            response => response.Request.Method == "POST");

        Assert.Equal(200, answer.Status);
        Assert.Equal("no-store", (await answer.AllHeadersAsync())["cache-control"]);
        var key = (await page.Locator(".issued-key-value").TextContentAsync())!.Trim();
        Assert.StartsWith("pcrm_", key);
        Assert.DoesNotContain(key, page.Url);
        await CheckPageAsync(page, Bakery, "api-noegle-udstedt-uden-js");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tilbagekald nøglen Lønsystem" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, tilbagekald nøglen" }).ClickAsync();
        await Expect(Section(page).GetByRole(AriaRole.Status)).ToHaveTextAsync("Nøglen er tilbagekaldt.");
        Assert.Equal(HttpStatusCode.Unauthorized, await EmployerCallAsync(key));
    }
}
