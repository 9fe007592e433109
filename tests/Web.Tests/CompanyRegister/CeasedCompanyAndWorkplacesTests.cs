using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.CompanyRegister;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Internships;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.CompanyRegister;

public class CeasedCompanyAndWorkplacesTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    [Fact]
    public async Task The_list_and_the_card_mark_a_ceased_company_and_the_card_lists_its_workplaces()
    {
        var client = await App.ClientAsync("consultant", Consultant);
        var cvrs = TestData.CvrNumbers().Take(2).ToList();
        var ceasedOn = App.Clock.Today().AddDays(-1);
        var response = await client.PostAsJsonAsync("/api/v1/companies", CompanyRegisterData.Company(cvrs[0], "Bageriet Solsikken ApS", ceasedOn));
        await response.ShouldBe(HttpStatusCode.Created);
        var ceased = await response.ReadAsync<CompanyDto>();
        var trading = await client.RegisterCompanyAsync(cvrs[1], "Kantinen Ved Søen ApS");
        await client.RegisterWorkplaceAsync(ceased.Id, "1012345678");
        await (await client.PostAsJsonAsync($"/api/v1/companies/{ceased.Id}/workplaces", CompanyRegisterData.Workplace("1000000001", street: null)))
            .ShouldBe(HttpStatusCode.Created);
        var badge = "Ophørt " + ceasedOn.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK"));

        await SignInAsync(Page, "consultant", "/virksomheder");
        await CheckPageAsync(Page, "Virksomheder", "virksomheder-ophoert");
        await Expect(Page.GetByRole(AriaRole.Row, new() { Name = "Bageriet Solsikken ApS" })).ToContainTextAsync(badge);
        await Expect(Page.GetByRole(AriaRole.Row, new() { Name = "Kantinen Ved Søen ApS" })).Not.ToContainTextAsync("Ophørt");

        await Page.GotoAsync($"/virksomheder/{ceased.Id}");
        await CheckPageAsync(Page, "Bageriet Solsikken ApS", "virksomhed-ophoert-arbejdssteder");
        await Expect(Page.Locator("main")).ToContainTextAsync(badge);
        var workplaces = Page.Locator("section[aria-labelledby='workplaces-heading']");
        await Expect(workplaces.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Arbejdssteder");
        var table = workplaces.GetByRole(AriaRole.Table, new() { Name = "Arbejdssteder for Bageriet Solsikken ApS" });
        await Expect(table.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["P-nummer", "Adresse"]);
        await Expect(table.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("1000000001");
        await Expect(table.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Ikke oplyst");
        await Expect(table.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("1012345678");
        await Expect(table.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("Ordrupvej 60, 2920 Charlottenlund");

        await Page.GotoAsync($"/virksomheder/{trading.Id}");
        await CheckPageAsync(Page, "Kantinen Ved Søen ApS", "virksomhed-uden-arbejdssteder");
        await Expect(Page.Locator("section[aria-labelledby='workplaces-heading']"))
            .ToContainTextAsync("Virksomheden har ingen registrerede arbejdssteder (P-numre).");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Ophørt");
    }

    [Fact]
    public async Task Editing_a_ceased_companys_details_keeps_its_ceased_date()
    {
        var client = await App.ClientAsync("consultant", Consultant);
        var ceasedOn = App.Clock.Today().AddDays(-10);
        var response = await client.PostAsJsonAsync("/api/v1/companies", CompanyRegisterData.Company(TestData.CvrNumbers().First(), "Bageriet Solsikken ApS", ceasedOn));
        var company = await response.ReadAsync<CompanyDto>();

        await SignInAsync(Page, "consultant", $"/virksomheder/{company.Id}/ret");
        await CheckPageAsync(Page, "Ret Bageriet Solsikken ApS", "virksomhed-ophoert-ret");
        await Page.GetByLabel("Navn").FillAsync("Bageriet Solsikken I/S");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Virksomhedens oplysninger er gemt.");
        await CheckPageAsync(Page, "Bageriet Solsikken I/S", "virksomhed-ophoert-rettet");
        var revised = await (await client.GetAsync($"/api/v1/companies/{company.Id}")).ReadAsync<CompanyDto>();
        Assert.Equal(("Bageriet Solsikken I/S", (DateOnly?)ceasedOn), (revised.Name, revised.CeasedOn));
    }

    [Fact]
    public async Task Editing_an_offer_keeps_the_workplace_it_names()
    {
        var client = await App.ClientAsync("consultant", Consultant);
        var company = await client.RegisterCompanyAsync(TestData.CvrNumbers().First(), "Bageriet Solsikken ApS");
        await client.RegisterWorkplaceAsync(company.Id, "1012345678");
        var response = await client.PostAsJsonAsync("/api/v1/internships", CompanyRegisterData.StaffOffer(company.Id, "1012345678", "Bagerhjælper"));
        await response.ShouldBe(HttpStatusCode.Created);
        var offer = await response.ReadAsync<InternshipDto>();

        await SignInAsync(Page, "consultant", $"/praktikpladser/{offer.Id}/ret");
        await CheckPageAsync(Page, "Ret Bagerhjælper", "praktikplads-med-arbejdssted-ret");
        await Page.GetByLabel("Titel").FillAsync("Bagerhjælper om morgenen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem ændringer" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Praktikpladsen er gemt.");
        await CheckPageAsync(Page, "Bagerhjælper om morgenen", "praktikplads-med-arbejdssted-rettet");
        var revised = await (await client.GetAsync($"/api/v1/internships/{offer.Id}")).ReadAsync<InternshipDto>();
        Assert.Equal(("Bagerhjælper om morgenen", "1012345678"), (revised.Title, revised.PNumber));
    }
}
