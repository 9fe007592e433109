using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using PartnerCrm.Api.Tests.Infrastructure;

namespace PartnerCrm.Api.Tests.Platform;

/// <summary>
/// An identity provider that publishes its OpenID Connect metadata and nothing more: enough for the web app to
/// send a user there. (Its sign-in page and tokens are the identity provider's own business.)
/// </summary>
public sealed class MetadataOnlyIdentityProvider : IAsyncDisposable
{
    // A plain HttpListener, not a second ASP.NET Core host, which the test host's factory would take for its own.
    private readonly HttpListener _listener = new();
    private Task? _serving;

    public string Url { get; private set; } = "";

    public Task StartAsync()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add($"{Url}/");
        _listener.Start();
        _serving = ServeAsync();
        return Task.CompletedTask;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            object? document = context.Request.Url!.AbsolutePath switch
            {
                "/.well-known/openid-configuration" => new Dictionary<string, object>
                {
                    ["issuer"] = Url,
                    ["authorization_endpoint"] = $"{Url}/authorize",
                    ["token_endpoint"] = $"{Url}/token",
                    ["userinfo_endpoint"] = $"{Url}/userinfo",
                    ["end_session_endpoint"] = $"{Url}/logout",
                    ["jwks_uri"] = $"{Url}/jwks",
                    ["response_types_supported"] = new[] { "code" },
                    ["subject_types_supported"] = new[] { "public" },
                    ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                    ["code_challenge_methods_supported"] = new[] { "S256" },
                },
                "/jwks" => new { keys = Array.Empty<object>() },
                _ => null,
            };
            context.Response.StatusCode = document is null ? 404 : 200;
            context.Response.ContentType = "application/json";
            if (document is not null) await System.Text.Json.JsonSerializer.SerializeAsync(context.Response.OutputStream, document);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Close();
        if (_serving is not null) await _serving;
    }
}

/// <summary>The app outside Development, signing staff in at the municipality's identity provider.</summary>
public sealed class IdentityProviderApiFactory : ApiFactory, IAsyncLifetime
{
    public const string ClientId = "partnercrm-web";

    public MetadataOnlyIdentityProvider Provider { get; } = new();

    protected override string Environment => "Staging";

    public override async Task InitializeAsync()
    {
        await Provider.StartAsync();
        await base.InitializeAsync();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Authentication:Authority", Provider.Url);
        builder.UseSetting("Authentication:ClientId", ClientId);
        builder.UseSetting("Authentication:RequireHttpsMetadata", "false");
        builder.UseSetting("Exports:PseudonymKey", "a-staging-pseudonym-key-from-a-secret-store");
    }
}

public class IdentityProviderSignInTests(IdentityProviderApiFactory api) : IClassFixture<IdentityProviderApiFactory>
{
    [Fact]
    public async Task Outside_development_a_page_leads_to_the_identity_provider_with_an_authorization_code_and_PKCE()
    {
        using var browser = PartnerCrm.Api.Tests.Hardening.Clients.NoRedirects(api);

        var page = await browser.GetAsync("/virksomheder");
        Assert.True(page.StatusCode == HttpStatusCode.Redirect, $"/virksomheder answered {page.StatusCode}");
        Assert.Equal("/login?returnUrl=%2Fvirksomheder", page.Headers.Location!.PathAndQuery);

        // The sign-in page has no development buttons here: it goes on to the identity provider at once.
        var login = await browser.GetAsync(page.Headers.Location);
        Assert.True(login.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"/login answered {login.StatusCode}");
        Assert.Equal("/login/oidc?returnUrl=%2Fvirksomheder", login.Headers.Location!.PathAndQuery);

        var challenge = await browser.GetAsync(login.Headers.Location);
        Assert.True(challenge.StatusCode == HttpStatusCode.Redirect, $"{login.Headers.Location} answered {challenge.StatusCode}");
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith($"{api.Provider.Url}/authorize?", authorize.ToString());
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal(IdentityProviderApiFactory.ClientId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Contains("email", query["scope"].ToString().Split(' '));
        Assert.EndsWith("/signin-oidc", query["redirect_uri"].ToString());
    }

    [Fact]
    public void Outside_development_the_development_sign_in_does_not_exist()
    {
        var routes = api.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Select(endpoint => endpoint.RoutePattern.RawText).ToList();

        Assert.Contains("/login/oidc", routes);
        Assert.DoesNotContain("/login/dev", routes);
    }
}
