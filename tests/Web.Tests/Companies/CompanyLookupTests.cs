using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Npgsql;
using PartnerCrm.Api.Tests.CompanyRegister;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Companies;

/// <summary>The new-company form filled in from the CVR register, with the register's search configured (a stand-in on this machine).</summary>
public class CompanyLookupFromCvrTests(CvrRegisterApi app, BrowserFixture browser) : WebTest(app, browser), IClassFixture<CvrRegisterApi>
{
    /// <summary>The CVR number of the recorded register document: Strandvejens Køkken &amp; Catering ApS.</summary>
    private const string Cvr = "31580005";

    private FakeCvrRegister Register => app.Register;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Register.Now = FakeCvrRegister.Behaviour.Answer;
        Register.Document = JsonNode.Parse(FakeCvrRegister.RecordedDocument)!;
    }

    [Fact]
    public async Task A_consultant_fetches_the_company_from_the_register_checks_it_and_registers_it()
    {
        await SignInAsync(Page, "consultant", "/virksomheder/ny");
        await Page.GetByLabel("CVR-nummer").FillAsync(Cvr);
        await Page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Køkkenet");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Hent fra CVR-registeret" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Felterne er udfyldt med CVR-registerets oplysninger.");
        await Expect(Page.GetByLabel("Navn", new() { Exact = true })).ToHaveValueAsync("Strandvejens Køkken & Catering ApS");
        await Expect(Page.GetByLabel("Adresse")).ToHaveValueAsync("Strandvejen 152B");
        await Expect(Page.GetByLabel("Postnummer")).ToHaveValueAsync("2900");
        await Expect(Page.GetByLabel("By")).ToHaveValueAsync("Hellerup");
        await Expect(Page.GetByLabel("Branchekode")).ToHaveValueAsync("562100");
        await Expect(Page.GetByLabel("Antal ansatte")).ToHaveValueAsync("34");
        await Expect(Page.GetByLabel("CVR-nummer")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await CheckPageAsync(Page, "Opret virksomhed", "opret-virksomhed-fra-cvr");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Strandvejens Køkken & Catering ApS");
        var companies = await (await App.ClientAsync("consultant", Consultant)).GetFromJsonAsync<JsonObject>("/api/v1/companies");
        var company = companies!["items"]![0]!;
        Assert.Equal("562100", company["industryCode"]!.GetValue<string>());
        Assert.Equal(34, company["employeeCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Without_JavaScript_the_form_is_filled_from_the_register_and_Enter_in_a_field_registers_the_company()
    {
        Register.Document["hits"]!["hits"]![0]!["_source"]!["Vrvirksomhed"]!["livsforloeb"] =
            JsonNode.Parse("""[{"periode": {"gyldigFra": "2008-06-01", "gyldigTil": "2026-09-30"}}]""");
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "consultant", "/virksomheder/ny");
        await page.GetByLabel("CVR-nummer").FillAsync(Cvr);

        await page.GetByRole(AriaRole.Button, new() { Name = "Hent fra CVR-registeret" }).ClickAsync();

        await Expect(page.GetByLabel("Navn", new() { Exact = true })).ToHaveValueAsync("Strandvejens Køkken & Catering ApS");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ifølge CVR-registeret ophørte virksomheden 30. september 2026.");
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Strandvejens Køkken");
        await page.GetByLabel("Navn", new() { Exact = true }).PressAsync("Enter");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Strandvejens Køkken");
    }

    [Fact]
    public async Task A_register_that_does_not_answer_is_said_on_the_cvr_field_and_the_input_is_kept()
    {
        Register.Now = FakeCvrRegister.Behaviour.Fail;
        await SignInAsync(Page, "consultant", "/virksomheder/ny");
        await Page.GetByLabel("CVR-nummer").FillAsync(Cvr);
        await Page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Køkkenet");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Hent fra CVR-registeret" }).ClickAsync();

        await Expect(Page.GetByLabel("CVR-nummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#company-cvr-error")).ToContainTextAsync("CVR-registeret svarer ikke lige nu.");
        await Expect(Page.GetByLabel("Navn", new() { Exact = true })).ToHaveValueAsync("Køkkenet");
        await CheckPageAsync(Page, "Opret virksomhed", "opret-virksomhed-cvr-svarer-ikke");
    }
}

/// <summary>The new-company form filled in from the last imported extract (no CVR access configured).</summary>
public class CompanyLookupFromExtractTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    [Fact]
    public async Task A_cvr_number_the_register_does_not_know_is_said_in_Danish_on_the_cvr_field()
    {
        await SignInAsync(Page, "consultant", "/virksomheder/ny");
        await Page.GetByLabel("CVR-nummer").FillAsync("31580013");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Hent fra CVR-registeret" }).ClickAsync();

        await Expect(Page.GetByLabel("CVR-nummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#company-cvr-error")).ToHaveTextAsync(
            "Fejl: CVR-registeret kender ikke dette CVR-nummer. Tjek nummeret, eller udfyld felterne selv.");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("CVR-registeret kender ikke dette CVR-nummer.");
        await CheckPageAsync(Page, "Opret virksomhed", "opret-virksomhed-ukendt-cvr");
    }

    [Fact]
    public async Task An_invalid_cvr_number_is_refused_on_its_field_before_the_register_is_asked()
    {
        await SignInAsync(Page, "consultant", "/virksomheder/ny");
        await Page.GetByLabel("CVR-nummer").FillAsync("12345678");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Hent fra CVR-registeret" }).ClickAsync();

        await Expect(Page.GetByLabel("CVR-nummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#company-cvr-error")).ToContainTextAsync("Et CVR-nummer er 8 cifre");
    }

    [Fact]
    public async Task A_company_already_in_the_crm_is_shown_with_a_link_to_it()
    {
        var existing = await (await App.ClientAsync("consultant", Consultant)).RegisterCompanyAsync("31580013", "Hellerup Smørrebrød");
        await using (var connection = new NpgsqlConnection(App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var update = new NpgsqlCommand(
                """UPDATE companies SET register_record = '{"name": "Hellerup Smørrebrød ApS", "postalCode": "2900"}'::jsonb WHERE id = $1""", connection);
            update.Parameters.Add(new() { Value = existing.Id });
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }
        await SignInAsync(Page, "consultant", "/virksomheder/ny");
        await Page.GetByLabel("CVR-nummer").FillAsync("31580013");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Hent fra CVR-registeret" }).ClickAsync();

        await Expect(Page.Locator("#company-cvr-error")).ToHaveTextAsync("Fejl: Der findes allerede en virksomhed med dette CVR-nummer.");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Se 31580013" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync($"{BaseUrl}/virksomheder/{existing.Id}");
    }
}
