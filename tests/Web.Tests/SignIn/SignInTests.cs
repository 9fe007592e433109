using System.Net;
using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnerCrm.Web.Tests.SignIn;

public class SignInTests(ApiFactory app, BrowserFixture browser) : WebTest(app, browser)
{
    [Fact]
    public async Task A_page_visited_without_a_session_leads_to_the_sign_in_page_and_back()
    {
        await Page.GotoAsync("/virksomheder");
        Assert.EndsWith("/login?returnUrl=%2Fvirksomheder", Page.Url);
        await CheckPageAsync(Page, "Log ind", "login");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Log ind som konsulent" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync($"{BaseUrl}/virksomheder");
        await Expect(Page.Locator("header")).ToContainTextAsync($"{Consultant}, konsulent");
    }

    [Fact]
    public async Task Each_development_button_signs_in_a_user_of_its_role()
    {
        await SignInAsync(Page, "consultant");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Min arbejdsliste");

        var analyst = await NewPageAsync(javaScript: true);
        await SignInAsync(analyst, "analyst");
        // The worklist is personal data; an analyst starts at the companies.
        await Expect(analyst.Locator("h1")).ToHaveTextAsync("Virksomheder");
        await Expect(analyst.Locator("header")).ToContainTextAsync($"{Analyst}, analytiker");

        var admin = await NewPageAsync(javaScript: true);
        await SignInAsync(admin, "admin");
        await Expect(admin.Locator("header")).ToContainTextAsync($"{Admin}, administrator");
    }

    [Fact]
    public async Task A_page_the_role_may_not_see_answers_403_with_Ingen_adgang()
    {
        await SignInAsync(Page, "analyst", "/virksomheder");

        var response = await Page.GotoAsync("/virksomheder/ny");

        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        await CheckPageAsync(Page, "Ingen adgang", "ingen-adgang");
    }

    [Fact]
    public async Task An_unknown_address_answers_404_with_a_Danish_page()
    {
        await SignInAsync(Page, "consultant");

        var response = await Page.GotoAsync("/findes-ikke");

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await CheckPageAsync(Page, "Siden findes ikke", "ikke-fundet");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await SignInAsync(Page, "consultant");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Log ind");
        await Page.GotoAsync("/virksomheder");
        Assert.Contains("/login", Page.Url);
    }

    [Fact]
    public async Task The_session_cookie_is_HttpOnly_and_SameSite_Lax_and_never_opens_the_API()
    {
        await SignInAsync(Page, "consultant");
        var session = (await Page.Context.CookiesAsync()).Single(c => c.Name == "partnercrm.session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);

        // The API accepts bearer tokens and API keys only: a session cookie is no credential there.
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"{session.Name}={session.Value}");
        var read = await client.GetAsync("/api/v1/companies");
        var write = await client.PostAsync("/api/v1/companies", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }

    [Fact]
    public async Task Pages_allow_only_the_sites_own_scripts_and_forms_and_are_never_cached()
    {
        await SignInAsync(Page, "consultant", "/virksomheder");
        var response = await Page.GotoAsync("/virksomheder");
        var headers = await response!.AllHeadersAsync();

        var policy = headers["content-security-policy"];
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("style-src 'self'", policy);
        Assert.Contains("form-action 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("no-store", headers["cache-control"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.False(headers.ContainsKey("server"));
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        await SignInAsync(Page, "consultant");
        var cookies = string.Join("; ", (await Page.Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", cookies);

        var response = await client.PostAsync("/virksomheder/ny", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "company",
            ["Model.Cvr"] = "10150817",
            ["Model.Name"] = "Uden Token ApS",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var list = await (await App.ClientAsync("consultant")).GetStringAsync("/api/v1/companies");
        Assert.DoesNotContain("Uden Token", list);
    }

    [Fact]
    public async Task The_user_picks_English_and_the_choice_is_remembered()
    {
        await SignInAsync(Page, "consultant", "/virksomheder");

        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Companies");
        await Page.ShouldBeEnglishAsync();
        await Page.GotoAsync("/");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("My worklist");
        await Page.ShouldBeEnglishAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Dansk" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Min arbejdsliste");
        await Page.ShouldBeDanishAsync();
    }
}
