using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Npgsql;
using PartnerCrm.Api.Security;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.ApiKeys;
using PartnerCrm.Application.Common;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Admin;

/// <summary>
/// The administrators' pages: API keys for any company (issued by CVR number, shown and copied once, used,
/// revoked after a confirmation) and the audit trail that records it; and who may open them.
/// </summary>
public class AdminPagesTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    private const string Bakery = "Gentofte Bageri";
    private const string BakeryCvr = "13585628";
    private const string KeyName = "Bageriets HR-system";
    private const string KeysPage = "/admin/api-noegler";
    private const string TrailPage = "/admin/revisionsspor";

    // Columns of the list of every company's keys.
    private const int LastUsedColumn = 4;
    private const int StatusColumn = 5;

    /// <summary>
    /// The staff directory as the sign-ins of the day would have left it. Each test starts with empty tables, but the
    /// host notes a staff member in the directory once a day only, so a later test in the class would find it empty.
    /// </summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        foreach (var name in new[] { Admin, Consultant })
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO staff_directory (id, name, email, last_seen_on, updated_at) VALUES ($1, $2, NULL, CURRENT_DATE, now()) ON CONFLICT (id) DO NOTHING",
                connection);
            insert.Parameters.Add(new() { Value = DevTokenIssuer.StableId(name) });
            insert.Parameters.Add(new() { Value = name });
            await insert.ExecuteNonQueryAsync();
        }
    }

    private static ILocator KeyRow(IPage page, string name) =>
        page.Locator("#all-api-keys-heading ~ * tr", new() { HasText = name });

    private async Task<HttpStatusCode> EmployerCallAsync(string key)
    {
        using var employer = App.EmployerClient(key);
        return (await employer.GetAsync("/api/v1/employer/company")).StatusCode;
    }

    [Fact]
    public async Task An_administrator_issues_a_key_by_CVR_copies_it_once_sees_it_used_revokes_it_and_finds_both_in_the_audit_trail()
    {
        var staff = await App.ClientAsync("admin", Admin);
        var company = await staff.RegisterCompanyAsync(BakeryCvr, Bakery);
        await SignInAsync(Page, "admin");
        await Expect(Page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "API-nøgler" })).ToBeVisibleAsync();
        await Expect(Page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Revisionsspor" })).ToBeVisibleAsync();

        await Page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "API-nøgler" }).ClickAsync();
        await Page.WaitForURLAsync($"**{KeysPage}");
        await Expect(Page.Locator("main")).ToContainTextAsync("Der er ingen API-nøgler endnu.");
        await CheckPageAsync(Page, "API-nøgler", "admin-api-noegler");

        await Page.GetByLabel("CVR-nummer").FillAsync(BakeryCvr);
        await Page.GetByLabel("Navn").FillAsync(KeyName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Udsted nøgle" }).ClickAsync();

        var shown = Page.Locator(".issued-key-value");
        await Expect(shown).ToHaveTextAsync(new Regex("^pcrm_"));
        var key = (await shown.TextContentAsync())!.Trim();
        await Expect(Page.Locator("#issued-api-key")).ToContainTextAsync($"Nøglen hører til {Bakery}.");
        await Expect(Page.Locator("#issued-api-key")).ToContainTextAsync("Den vises kun denne ene gang");
        Assert.DoesNotContain(key, Page.Url);
        await Expect(Page.GetByLabel("CVR-nummer")).ToHaveValueAsync("");
        await Expect(Page.GetByLabel("Navn")).ToHaveValueAsync("");

        await Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = BaseUrl });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kopiér nøglen" }).ClickAsync();
        await Expect(Page.Locator(".issued-key-copied")).ToHaveTextAsync("Nøglen er kopieret.");
        Assert.Equal(key, await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        var row = KeyRow(Page, KeyName);
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = Bakery, Exact = true })).ToHaveAttributeAsync("href", $"/virksomheder/{company.Id}");
        var prefix = (await row.Locator("code").TextContentAsync())!.Trim();
        Assert.StartsWith(prefix, key);
        Assert.True(prefix.Length < key.Length);
        await Expect(row.Locator("td").Nth(LastUsedColumn)).ToHaveTextAsync("Aldrig");
        await Expect(row.Locator("td").Nth(StatusColumn)).ToHaveTextAsync("Aktiv");
        await CheckPageAsync(Page, "API-nøgler", "admin-api-noegle-udstedt");

        // Shown once: the next visit lists the key by its prefix only.
        await Page.GotoAsync(KeysPage);
        await Expect(Page.Locator(".issued-key-value")).ToHaveCountAsync(0);
        Assert.DoesNotContain(key, await Page.ContentAsync());
        await Expect(KeyRow(Page, KeyName).Locator("code")).ToHaveTextAsync(prefix);
        await Expect(Page.Locator("thead")).ToContainTextAsync("Sidst brugt");

        // The company's system uses the key; when it was last used is written in batches.
        Assert.Equal(HttpStatusCode.OK, await EmployerCallAsync(key));
        await WaitUntilUsedAsync(staff, company.Id);
        await Page.GotoAsync(KeysPage);
        await Expect(KeyRow(Page, KeyName).Locator("td").Nth(LastUsedColumn)).ToHaveTextAsync(new Regex(@"^\d{1,2}\. \w+ \d{4} \d{2}[.:]\d{2}$"));
        await CheckPageAsync(Page, "API-nøgler", "admin-api-noegle-brugt");

        var revoke = $"Tilbagekald nøglen {KeyName} for {Bakery}";
        await Page.GetByRole(AriaRole.Link, new() { Name = revoke }).ClickAsync();
        await Expect(Page.Locator("#revoke-api-key")).ToContainTextAsync($"Tilbagekald nøglen {KeyName}?");
        await Expect(Page.Locator("#revoke-api-key")).ToContainTextAsync($"Nøglen hører til {Bakery}.");
        // Asking is not revoking.
        Assert.Equal(HttpStatusCode.OK, await EmployerCallAsync(key));
        await CheckPageAsync(Page, "API-nøgler", "admin-api-noegle-bekraeft");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ja, tilbagekald nøglen" }).ClickAsync();

        await Expect(Page.Locator("#api-key-list").GetByRole(AriaRole.Status)).ToHaveTextAsync("Nøglen er tilbagekaldt.");
        await Expect(Page.Locator("#revoke-api-key")).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = revoke })).ToHaveCountAsync(0);
        await Expect(KeyRow(Page, KeyName).Locator("td").Nth(StatusColumn)).ToHaveTextAsync("Tilbagekaldt");
        Assert.Equal(HttpStatusCode.Unauthorized, await EmployerCallAsync(key));
        await CheckPageAsync(Page, "API-nøgler", "admin-api-noegle-tilbagekaldt");

        await Page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "Revisionsspor" }).ClickAsync();
        await Page.WaitForURLAsync($"**{TrailPage}");
        await CheckPageAsync(Page, "Revisionsspor", "revisionsspor");
        await Page.GetByLabel("Registrering").SelectOptionAsync(new SelectOptionValue { Label = "API-nøgle" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(new Regex("registrering=apiKey"));
        var lines = Page.Locator("#audit-results tbody tr");
        await Expect(lines).ToHaveCountAsync(2);
        await Expect(lines.Nth(0)).ToContainTextAsync("Tilbagekaldt");
        await Expect(lines.Nth(1)).ToContainTextAsync("Oprettet");
        await Expect(lines.Nth(0)).ToContainTextAsync(Admin);
        await Expect(lines.Nth(1)).ToContainTextAsync("API-nøgle");
        await Expect(Page.GetByLabel("Registrering")).ToHaveValueAsync("apiKey");
        await CheckPageAsync(Page, "Revisionsspor", "revisionsspor-api-noegler");

        // A line about a company leads to the company.
        await Page.GotoAsync($"{TrailPage}?registrering=company");
        await Expect(Page.Locator("#audit-results tbody tr")).ToHaveCountAsync(1);
        await Page.Locator("#audit-results tbody tr").GetByRole(AriaRole.Link, new() { Name = "Virksomhed" }).ClickAsync();
        await Page.WaitForURLAsync($"**/virksomheder/{company.Id}");
        await CheckPageAsync(Page, Bakery, "revisionsspor-til-virksomhed");
    }

    private static async Task WaitUntilUsedAsync(HttpClient staff, Guid companyId)
    {
        for (var wait = 0; wait < 100; wait++)
        {
            var keys = await (await staff.GetAsync($"/api/v1/companies/{companyId}/api-keys")).ReadAsync<Page<ApiKeyDto>>();
            if (keys.Items.All(k => k.LastUsedAt is not null)) return;
            await Task.Delay(100);
        }
        Assert.Fail("The key's use was not written.");
    }

    [Fact]
    public async Task An_invalid_or_unknown_CVR_number_and_a_backwards_period_are_errors_on_their_fields()
    {
        await SignInAsync(Page, "admin", KeysPage);

        await Page.GetByLabel("CVR-nummer").FillAsync("12345678");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Udsted nøgle" }).ClickAsync();
        await Expect(Page.GetByLabel("CVR-nummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByLabel("Navn")).ToHaveAttributeAsync("aria-invalid", "true");
        var summary = Page.Locator(".alert-error");
        await Expect(summary).ToContainTextAsync("Et CVR-nummer er 8 cifre, begynder ikke med 0 og består modulus 11-kontrollen.");
        await Expect(summary).ToContainTextAsync("Udfyld feltet.");
        await CheckPageAsync(Page, "API-nøgler", "admin-api-noegle-fejl");

        await Page.GetByLabel("CVR-nummer").FillAsync(BakeryCvr);
        await Page.GetByLabel("Navn").FillAsync(KeyName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Udsted nøgle" }).ClickAsync();
        var unknown = $"Ingen virksomhed har CVR-nummer {BakeryCvr}. Opret virksomheden først.";
        await Expect(Page.Locator("#api-key-cvr-error")).ToContainTextAsync(unknown);
        await Expect(Page.GetByLabel("CVR-nummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByLabel("Navn")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator(".alert-error")).ToContainTextAsync(unknown);
        await Expect(Page.GetByLabel("Navn")).ToHaveValueAsync(KeyName);
        await Expect(Page.Locator(".issued-key-value")).ToHaveCountAsync(0);
        await CheckPageAsync(Page, "API-nøgler", "admin-api-noegle-ukendt-cvr");

        await Page.GotoAsync($"{TrailPage}?fra=2026-03-28&til=2026-03-27");
        await Expect(Page.Locator("#audit-filters-to")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator(".alert-error")).ToContainTextAsync("Til-datoen skal ligge på eller efter fra-datoen.");
        await Expect(Page.Locator("#audit-filters-from")).ToHaveValueAsync("2026-03-28");
        await CheckPageAsync(Page, "Revisionsspor", "revisionsspor-fejl");
    }

    [Fact]
    public async Task Without_JavaScript_a_key_is_issued_by_CVR_shown_as_text_revoked_after_confirming_and_the_trail_is_filtered()
    {
        var staff = await App.ClientAsync("admin", Admin);
        await staff.RegisterCompanyAsync(BakeryCvr, Bakery);
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "admin", KeysPage);

        await page.GetByLabel("CVR-nummer").FillAsync(BakeryCvr);
        await page.GetByLabel("Navn").FillAsync("Lønsystem");
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Udsted nøgle" }).ClickAsync(),
            response => response.Request.Method == "POST");

        Assert.Equal(200, answer.Status);
        Assert.Equal("no-store", (await answer.AllHeadersAsync())["cache-control"]);
        var key = (await page.Locator(".issued-key-value").TextContentAsync())!.Trim();
        Assert.StartsWith("pcrm_", key);
        // No script, no copy button: the key is text to select.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Kopiér nøglen" })).ToBeHiddenAsync();
        await CheckPageAsync(page, "API-nøgler", "admin-api-noegle-udstedt");

        await page.GetByRole(AriaRole.Link, new() { Name = $"Tilbagekald nøglen Lønsystem for {Bakery}" }).ClickAsync();
        Assert.Equal(HttpStatusCode.OK, await EmployerCallAsync(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, tilbagekald nøglen" }).ClickAsync();
        await Expect(page.Locator("#api-key-list").GetByRole(AriaRole.Status)).ToHaveTextAsync("Nøglen er tilbagekaldt.");
        Assert.Equal(HttpStatusCode.Unauthorized, await EmployerCallAsync(key));

        var today = Application.Common.DanishTime.Today(TimeProvider.System);
        await page.GotoAsync(TrailPage);
        await page.GetByLabel("Handling").SelectOptionAsync(new SelectOptionValue { Label = "Tilbagekaldt" });
        await page.Locator("#audit-filters-from").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.Locator("#audit-filters-to").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("handling=revoke"));
        var lines = page.Locator("#audit-results tbody tr");
        await Expect(lines).ToHaveCountAsync(1);
        await Expect(lines).ToContainTextAsync("API-nøgle");
        await Expect(lines).ToContainTextAsync(Admin);
        await CheckPageAsync(page, "Revisionsspor", "revisionsspor-tilbagekaldt");

        // Nothing has happened tomorrow yet.
        await page.Locator("#audit-filters-from").FillAsync(today.AddDays(1).ToString("yyyy-MM-dd"));
        await page.Locator("#audit-filters-to").FillAsync(today.AddDays(1).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await Expect(page.Locator("#audit-results")).ToContainTextAsync("Intet i sporet passer til afgrænsningen.");
        await Expect(page.Locator("#audit-results tbody tr")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_consultant_manages_keys_but_may_not_read_the_audit_trail_and_an_analyst_may_do_neither()
    {
        await SignInAsync(Page, "consultant");
        var nav = Page.Locator("nav.site-nav");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "API-nøgler" })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Revisionsspor" })).ToHaveCountAsync(0);
        var keys = await Page.GotoAsync(KeysPage);
        Assert.Equal((int)HttpStatusCode.OK, keys!.Status);
        await CheckPageAsync(Page, "API-nøgler", "admin-api-noegler-konsulent");
        var trail = await Page.GotoAsync(TrailPage);
        Assert.Equal((int)HttpStatusCode.Forbidden, trail!.Status);
        await CheckPageAsync(Page, "Ingen adgang", "revisionsspor-konsulent");

        var analyst = await NewPageAsync(javaScript: true);
        await SignInAsync(analyst, "analyst", "/virksomheder");
        var analystNav = analyst.Locator("nav.site-nav");
        await Expect(analystNav.GetByRole(AriaRole.Link, new() { Name = "Virksomheder" })).ToBeVisibleAsync();
        await Expect(analystNav.GetByRole(AriaRole.Link, new() { Name = "API-nøgler" })).ToHaveCountAsync(0);
        await Expect(analystNav.GetByRole(AriaRole.Link, new() { Name = "Revisionsspor" })).ToHaveCountAsync(0);
        foreach (var (path, screenshot) in new[] { (KeysPage, "admin-api-noegler-analytiker"), (TrailPage, "revisionsspor-analytiker") })
        {
            var response = await analyst.GotoAsync(path);
            Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
            await CheckPageAsync(analyst, "Ingen adgang", screenshot);
        }
    }
}
