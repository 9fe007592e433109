using System.Net;
using Microsoft.AspNetCore.Hosting;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Api.Tests.Platform;
using static PartnerCrm.Api.Tests.Hardening.Clients;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>Production with HTTPS on port 8443 and a reverse proxy the operator names (<see cref="Proxy"/>).</summary>
public abstract class HttpsProductionApiFactory(string proxy) : ApiFactory
{
    public string Proxy { get; } = proxy;

    protected override string Environment => "Production";

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Authentication:SigningKey", ProductionApiFactory.SigningKey);
        builder.UseSetting("Exports:PseudonymKey", "a-production-pseudonym-key-from-a-secret-store");
        builder.UseSetting("https_port", "8443");
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy);
    }
}

internal static class Clients
{
    /// <summary>A client that shows a redirect instead of following it.</summary>
    public static HttpClient NoRedirects(ApiFactory api) =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = api.ClientOptions.BaseAddress };
}

/// <summary>The proxy in front is this machine: the test client speaks for it.</summary>
public sealed class LocalProxyApiFactory() : HttpsProductionApiFactory("127.0.0.1");

/// <summary>The proxy is elsewhere: what this machine says about the original request is not believed.</summary>
public sealed class RemoteProxyApiFactory() : HttpsProductionApiFactory("10.20.30.40");

public sealed class PublicApiDescriptionFactory : ApiFactory
{
    protected override string Environment => "Production";

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Authentication:SigningKey", ProductionApiFactory.SigningKey);
        builder.UseSetting("Exports:PseudonymKey", "a-production-pseudonym-key-from-a-secret-store");
        builder.UseSetting("OpenApi:Public", "true");
    }
}

public class TrustedProxyTests(LocalProxyApiFactory api) : IClassFixture<LocalProxyApiFactory>
{
    [Fact]
    public async Task Plain_http_is_sent_to_https()
    {
        var response = await NoRedirects(api).GetAsync("/api/v1/companies");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https", response.Headers.Location!.Scheme);
        Assert.Equal(8443, response.Headers.Location.Port);
    }

    [Fact]
    public async Task Https_through_a_named_proxy_is_served_with_hsts()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/companies");
        request.Headers.Host = "partnercrm.gentofte.dk";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "192.0.2.7");
        var response = await NoRedirects(api).SendAsync(request);
        await response.ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
    }
}

public class UntrustedProxyTests(RemoteProxyApiFactory api) : IClassFixture<RemoteProxyApiFactory>
{
    [Fact]
    public async Task Forwarded_headers_from_anyone_but_the_named_proxy_are_ignored()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/companies");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await NoRedirects(api).SendAsync(request);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
    }
}

public class ApiDescriptionAccessTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/swagger/index.html")]
    public async Task Outside_development_the_api_description_is_for_staff_only(string route)
    {
        await (await api.CreateClient().GetAsync(route)).ShouldBe(HttpStatusCode.Unauthorized);
        var staff = api.CreateClient();
        staff.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ProductionTokens.Analyst());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(route)).StatusCode);
    }
}

public class PublicApiDescriptionTests(PublicApiDescriptionFactory api) : IClassFixture<PublicApiDescriptionFactory>
{
    [Fact]
    public async Task An_operator_can_open_the_api_description() =>
        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/openapi/v1.json")).StatusCode);
}
