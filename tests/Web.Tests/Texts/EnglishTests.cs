using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Placements;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Texts;

/// <summary>The "English" link switches the whole app: every page an administrator can open speaks English only, and the choice is kept.</summary>
public class EnglishTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    [Fact]
    public async Task After_choosing_English_every_page_is_in_English_until_Danish_is_chosen()
    {
        App.Clock.StartAt(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var data = new PlacementData(await App.ClientAsync("admin", Admin));
        var company = await data.CompanyAsync("Bageriet Blomst ApS");
        var candidate = await data.CandidateAsync("Amal Hassan");
        var placement = await data.PlacementAsync(candidate, company, "internship", "2026-05-04", "2026-07-27");

        await SignInAsync(Page, "admin", "/statistik");
        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Statistics");

        foreach (var path in Pages(company.Id, candidate.Id, placement.Id))
        {
            await Page.GotoAsync(path);
            await Expect(Page.Locator("h1")).Not.ToBeEmptyAsync();
            await Page.ShouldBeEnglishAsync(userData: "køkkenmedhjælper");
            await Page.ShouldBeAccessibleAsync();
        }
        await Page.KeepScreenshotAsync("english-statistics-by-scheme");

        // The committee report follows the page's language unless another is picked.
        await Page.GotoAsync("/rapport");
        await Expect(Page.FrameLocator("iframe.report-preview").Locator("h1")).ToHaveTextAsync("Report to the task committee: company partnerships and employment");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Dansk" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Rapport til udvalget");
        await Page.ShouldBeDanishAsync();
        await Expect(Page.FrameLocator("iframe.report-preview").Locator("h1")).ToHaveTextAsync("Rapport til opgaveudvalget: virksomhedspartnerskaber og beskæftigelse");
    }

    private static IEnumerable<string> Pages(Guid company, Guid candidate, Guid placement) =>
    [
        "/", "/virksomheder", "/virksomheder/ny", $"/virksomheder/{company}", $"/virksomheder/{company}/ret",
        $"/virksomheder/{company}/praktikpladser/ny", "/kandidater", "/kandidater/ny", $"/kandidater/{candidate}", $"/kandidater/{candidate}/ret",
        "/forloeb/ny", $"/forloeb/{placement}", "/opfoelgninger",
        "/admin/api-noegler", "/admin/revisionsspor", "/rapport",
        "/statistik?tabel=retention-6m&gruppe1=type", "/statistik?tabel=placements&gruppe1=quarter&gruppe2=type",
    ];
}
