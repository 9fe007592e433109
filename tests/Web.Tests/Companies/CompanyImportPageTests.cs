using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Companies;

public class CompanyImportPageTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    private static readonly string Extract = string.Join("\r\n",
        "CVR-nummer;Navn;Adresse;Postnr;By;Branchekode;Antal ansatte;Telefon",
        "13585628;Gentofte Bageri ApS;Bernstorffsvej 20;2900;Hellerup;107100;12;39 98 00 00",
        "62761113;Hellerup Rengøring;Strandvejen 100;2900;Hellerup;812100;4;",
        "13585627;Forkert Kontrolciffer;Strandvejen 1;2900;Hellerup;;;",
        "17150413;;Ordrupvej 5;2920;Charlottenlund;;;") + "\r\n";

    private static FilePayload File(string text) => new() { Name = "cvr-udtraek.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    [Fact]
    public async Task A_consultant_uploads_an_extract_watches_it_finish_and_reads_the_rows_with_errors()
    {
        await SignInAsync(Page, "consultant", "/virksomheder");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Importér fra CVR" }).ClickAsync();
        await CheckPageAsync(Page, "Importér virksomheder fra CVR", "import-upload");

        await Page.GetByLabel("Fil (CSV)").SetInputFilesAsync(File(Extract));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Import af cvr-udtraek.csv");
        // The page follows the import by itself: no reload, no click.
        await Expect(Page.Locator("#import-status")).ToContainTextAsync("Importen er færdig.", new() { Timeout = 30_000 });
        var counts = Page.Locator(".import-counts");
        await Expect(counts).ToContainTextAsync("Rækker læst4");
        await Expect(counts).ToContainTextAsync("Oprettet2");
        await Expect(counts).ToContainTextAsync("Fejl2");
        await Expect(Page.Locator("main")).ToContainTextAsync("Disse kolonner kendes ikke og er sprunget over: Telefon");
        var rows = Page.GetByRole(AriaRole.Table).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("4CVR-nummerIkke et gyldigt CVR-nummer (8 cifre, kontrolciffer).");
        await Expect(rows.Nth(1)).ToContainTextAsync("5NavnNavnet mangler.");
        await CheckPageAsync(Page, "Import af cvr-udtraek.csv", "import-faerdig");

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Hent rækkerne med fejl som CSV" }).ClickAsync());
        var csv = await System.IO.File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Equal("cvr-udtraek-fejl.csv", download.SuggestedFilename);
        Assert.Equal(
            ["Linje;Kolonne;Fejl", "4;CVR-nummer;Ikke et gyldigt CVR-nummer (8 cifre, kontrolciffer).", "5;Navn;Navnet mangler."],
            csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        var companies = await (await App.ClientAsync("consultant", Consultant)).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/companies");
        Assert.Equal(2, companies.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Without_JavaScript_a_dry_run_is_followed_with_the_refresh_link_and_saves_nothing()
    {
        var page = await NewPageAsync(javaScript: false);
        await SignInAsync(page, "consultant", "/virksomheder/import");

        await page.GetByLabel("Fil (CSV)").SetInputFilesAsync(File(Extract));
        await page.GetByLabel("Kontrollér kun filen – gem intet").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Import af cvr-udtraek.csv");

        for (var i = 0; i < 100 && await page.GetByRole(AriaRole.Link, new() { Name = "Opdatér" }).CountAsync() > 0; i++)
        {
            await Task.Delay(200);
            await page.GetByRole(AriaRole.Link, new() { Name = "Opdatér" }).ClickAsync();
        }

        await Expect(page.Locator("#import-status")).ToContainTextAsync("Kontrollen er færdig.");
        await Expect(page.Locator("#import-status")).ToContainTextAsync("Prøvekørsel: filen er kontrolleret, og intet er gemt.");
        await Expect(page.Locator(".import-counts")).ToContainTextAsync("Oprettet2");
        var companies = await (await App.ClientAsync("consultant", Consultant)).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/companies");
        Assert.Equal(0, companies.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_missing_file_or_a_file_without_the_columns_is_an_error_on_the_file_field()
    {
        await SignInAsync(Page, "consultant", "/virksomheder/import");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        var file = Page.GetByLabel("Fil (CSV)");
        await Expect(file).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#import-file-error")).ToContainTextAsync("Vælg en fil.");

        await file.SetInputFilesAsync(File("Navn;By\nGentofte Bageri;Hellerup\n"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(Page.Locator("#import-file-error")).ToContainTextAsync("Filen kan ikke importeres");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Filen kan ikke importeres");
        await CheckPageAsync(Page, "Importér virksomheder fra CVR", "import-fejl");
    }

    [Fact]
    public async Task An_analyst_has_no_access_to_the_import()
    {
        await SignInAsync(Page, "analyst", "/");

        var response = await Page.GotoAsync("/virksomheder/import");

        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        await CheckPageAsync(Page, "Ingen adgang", "import-ingen-adgang");
    }
}
