using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.Layout;

/// <summary>The pages work on a phone (390 px wide) and by keyboard alone.</summary>
public class LayoutTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    [Fact]
    public async Task At_390_px_no_page_scrolls_sideways()
    {
        var consultant = await App.ClientAsync("consultant", Consultant);
        var company = await consultant.RegisterCompanyAsync("10150817", "Elektrikeren Ørsted & Sønner ApS med et meget langt navn");
        var phone = await NewPageAsync(javaScript: true, width: 390, height: 844);
        await SignInAsync(phone, "consultant");

        foreach (var path in new[]
        {
            "/", "/virksomheder", "/virksomheder/ny", $"/virksomheder/{company.Id}", $"/virksomheder/{company.Id}/ret",
            $"/virksomheder/{company.Id}/praktikpladser/ny", "/kandidater", "/kandidater/ny", "/forloeb/ny", "/opfoelgninger",
            "/statistik?tabel=retention-6m&gruppe1=type&gruppe2=quarter", "/rapport", "/admin/api-noegler",
        })
        {
            await phone.GotoAsync(path);
            var widths = await phone.EvaluateAsync<int[]>(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            var (page, viewport) = (widths[0], widths[1]);
            Assert.True(page <= viewport, $"{path} is {page} px wide in a {viewport} px window");
            await phone.KeepScreenshotAsync($"390px{path.Replace('/', '-')}");
        }
    }

    [Fact]
    public async Task A_company_is_registered_by_keyboard_alone()
    {
        await Page.GotoAsync("/login?returnUrl=%2Fvirksomheder%2Fny");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log ind som konsulent" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Opret virksomhed");

        await Page.GetByLabel("CVR-nummer").FocusAsync();
        await Page.Keyboard.TypeAsync("10150817");
        // Next after the CVR number comes the button that fills the form from the register, then the name.
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Hent fra CVR-registeret" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Navn", new() { Exact = true })).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Låsesmeden Nøglehuset");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Låsesmeden Nøglehuset");
    }

    [Fact]
    public async Task Focus_starts_on_the_heading_and_the_skip_link_is_the_first_stop_of_the_page()
    {
        await SignInAsync(Page, "consultant", "/virksomheder");
        await Page.GotoAsync("/virksomheder");

        // After every navigation focus is on the page's h1, so a screen reader announces where the user is.
        await Expect(Page.Locator("h1")).ToBeFocusedAsync();

        // From the top of the page the first stop is the skip link, which leads past the header and menu.
        var first = await Page.EvaluateAsync<string>(
            "() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').textContent");
        Assert.Equal("Gå til sidens indhold", first);
        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Gå til sidens indhold" });
        await skip.FocusAsync();
        await Expect(skip).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**/virksomheder#main-content");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Virksomheder");
        await Page.Keyboard.PressAsync("Tab");
        var inMain = await Page.EvaluateAsync<bool>("() => document.getElementById('main-content').contains(document.activeElement)");
        Assert.True(inMain, "After the skip link the next stop is in the page's content");
    }
}
