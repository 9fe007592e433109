using Microsoft.Playwright;

[assembly: Xunit.TestFramework("PartnerCrm.Api.Tests.Infrastructure.TestRunFramework", "PartnerCrm.Api.Tests")]

namespace PartnerCrm.Web.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole run: Debian's own (<c>/usr/bin/chromium</c>, or the path in
/// <c>PARTNERCRM_CHROMIUM</c>), driven by Playwright. Nothing is downloaded; .ci/run installs the browser.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "PARTNERCRM_CHROMIUM";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured
            : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
              ?? throw new InvalidOperationException($"Chromium is not installed (Debian: apt-get install chromium), and {ChromiumVariable} is not set.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>Browser tests share the browser and run one class at a time: two cores are not enough for more.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
