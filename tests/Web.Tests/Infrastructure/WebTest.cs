using Microsoft.Playwright;
using PartnerCrm.Api.Tests.Infrastructure;

namespace PartnerCrm.Web.Tests.Infrastructure;

/// <summary>
/// Base for browser tests: the class shares one host (web app and API over real HTTP) and database; each test
/// starts with empty tables and a fresh browser context (no cookies), 1280 px wide, in Copenhagen's time zone.
/// Every console error and uncaught script error (a blocked script, a content-security-policy violation)
/// fails the test.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class WebTest(ApiFactory app, BrowserFixture browser) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public const string Consultant = "Mette Konsulent";
    public const string Analyst = "Jonas Analytiker";
    public const string Admin = "Lise Administrator";

    private readonly List<string> _scriptErrors = [];

    protected ApiFactory App { get; } = app;

    protected IPage Page { get; private set; } = null!;

    protected string BaseUrl { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        await App.ResetAsync();
        using (var client = App.CreateClient()) BaseUrl = client.BaseAddress!.ToString().TrimEnd('/');
        Page = await NewPageAsync(javaScript: true);
    }

    /// <summary>A page in a context of its own (cookies, language), e.g. with JavaScript switched off or at another width.</summary>
    protected async Task<IPage> NewPageAsync(bool javaScript, int width = 1280, int height = 900)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "da-DK",
            TimezoneId = "Europe/Copenhagen",
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        // A page that answers 403 or 404 is what some tests ask for; a script, style or font that fails is a bug.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                _scriptErrors.Add($"{page.Url}: {message.Text}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
                _scriptErrors.Add($"{response.Request.Method} {response.Url} answered {response.Status}");
        };
        page.PageError += (_, error) => _scriptErrors.Add($"{page.Url}: {error}");
        return page;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in browser.Browser.Contexts.ToList()) await context.CloseAsync();
        Assert.True(_scriptErrors.Count == 0, "The browser reported errors:\n" + string.Join("\n", _scriptErrors));
    }

    /// <summary>Signs in on <c>/login</c> with the development button of <paramref name="role"/> and waits for the page it leads to.</summary>
    protected static async Task SignInAsync(IPage page, string role, string returnUrl = "/")
    {
        var button = role switch
        {
            "consultant" => "Log ind som konsulent",
            "analyst" => "Log ind som analytiker",
            "admin" => "Log ind som administrator",
            _ => throw new ArgumentOutOfRangeException(nameof(role)),
        };
        await page.GotoAsync($"/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login"));
    }

    /// <summary>Every check a page must pass: one h1 with the expected text, axe clean, Danish only, and a screenshot kept.</summary>
    protected static async Task CheckPageAsync(IPage page, string heading, string screenshot)
    {
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await page.ShouldHaveOneH1Async();
        await page.ShouldBeAccessibleAsync();
        await page.ShouldBeDanishAsync();
        await page.KeepScreenshotAsync(screenshot);
    }
}
