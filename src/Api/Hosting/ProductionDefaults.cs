using PartnerCrm.Application.Common;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using PartnerCrm.Api.Security;

namespace PartnerCrm.Api.Hosting;

/// <summary>
/// What every answer carries and what production asks for: security headers on every answer (a strict
/// content security policy, no sniffing, no referrer, never cached), no <c>Server</c> header, HTTPS with
/// HSTS outside Development, forwarded headers only from the proxies an operator names, and the OpenAPI
/// document and Swagger UI only for staff outside Development unless an operator opens them.
/// </summary>
public static class ProductionDefaults
{
    public const string ReportPolicy = "Report";
    private const string WebReportPolicy = "WebReport";
    private const string SwaggerUiPolicy = "SwaggerUi";
    private const string WebPagePolicy = "WebPage";
    private const string WebAssetPolicy = "WebAsset";

    public static WebApplicationBuilder AddProductionDefaults(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.ConfigureEndpointDefaults(listen => listen.ExplainRejections());
        });
        builder.Services.AddSecurityHeaderPolicies()
            .SetDefaultPolicy(policy => policy.AddDefaultApiSecurityHeaders().AddCustomHeader("Cache-Control", "no-store"))
            // The committee report is one HTML file with its own styles and inline SVG: nothing else may load or run.
            .AddPolicy(ReportPolicy, policy => policy.AddDefaultApiSecurityHeaders().AddCustomHeader("Cache-Control", "no-store")
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().None();
                    csp.AddStyleSrc().UnsafeInline();
                    csp.AddImgSrc().Data();
                    csp.AddFrameAncestors().None();
                    csp.AddFormAction().None();
                }))
            // The same report from the web app's door: shown in the report page's preview frame, so this site may frame it.
            .AddPolicy(WebReportPolicy, policy => policy.AddDefaultApiSecurityHeaders().AddCustomHeader("Cache-Control", "no-store").AddFrameOptionsSameOrigin()
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().None();
                    csp.AddStyleSrc().UnsafeInline();
                    csp.AddImgSrc().Data();
                    csp.AddFrameAncestors().Self();
                    csp.AddFormAction().None();
                }))
            .AddPolicy(SwaggerUiPolicy, policy => policy.AddDefaultApiSecurityHeaders().AddCustomHeader("Cache-Control", "no-store")
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().Self();
                    csp.AddScriptSrc().Self();
                    csp.AddStyleSrc().Self().UnsafeInline();
                    csp.AddImgSrc().Self().Data();
                    csp.AddFrameAncestors().None();
                }))
            // The web app's pages load scripts, styles, fonts and images from this site only, and post only here
            // (and to the identity provider, where signing in and out leads).
            .AddPolicy(WebPagePolicy, policy => policy.AddDefaultSecurityHeaders().AddCustomHeader("Cache-Control", "no-store")
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().Self();
                    csp.AddScriptSrc().Self();
                    csp.AddStyleSrc().Self();
                    csp.AddImgSrc().Self().Data();
                    csp.AddFontSrc().Self();
                    csp.AddConnectSrc().Self();
                    csp.AddObjectSrc().None();
                    csp.AddBaseUri().Self();
                    csp.AddFrameAncestors().None();
                    var formAction = csp.AddFormAction().Self();
                    if (IdentityProviderOrigin(builder.Configuration) is { } origin) formAction.From(origin);
                }))
            // Fingerprinted assets (styles, scripts, fonts) may be cached; their address changes with their content.
            .AddPolicy(WebAssetPolicy, policy => policy.AddDefaultSecurityHeaders())
            .SetPolicySelector(context =>
            {
                var http = context.HttpContext;
                if (http.Request.Path.StartsWithSegments("/swagger")) return context.ConfiguredPolicies[SwaggerUiPolicy];
                if (Doors.IsApi(http)) return context.SelectedPolicy;
                if (http.Request.Path.StartsWithSegments(PartnerCrm.Web.Reports.ReportDownload.Path)) return context.ConfiguredPolicies[WebReportPolicy];
                return http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null
                    ? context.ConfiguredPolicies[WebAssetPolicy]
                    : context.ConfiguredPolicies[WebPagePolicy];
            });

        var trusted = builder.Configuration.GetSection("ForwardedHeaders");
        var networks = trusted.GetSection("KnownNetworks").Get<string[]>() ?? [];
        var proxies = trusted.GetSection("KnownProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        return builder;
    }

    private static string? IdentityProviderOrigin(IConfiguration configuration) =>
        Uri.TryCreate(configuration["Authentication:Authority"], UriKind.Absolute, out var authority)
            ? authority.GetLeftPart(UriPartial.Authority)
            : null;

    /// <summary>The first middleware: forwarded headers (when proxies are named), security headers, HTTPS outside Development.</summary>
    public static WebApplication UseProductionDefaults(this WebApplication app)
    {
        var trusted = app.Configuration.GetSection("ForwardedHeaders");
        if (trusted.GetSection("KnownNetworks").Get<string[]>() is { Length: > 0 } || trusted.GetSection("KnownProxies").Get<string[]>() is { Length: > 0 })
            app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        return app;
    }

    /// <summary>
    /// Outside Development the OpenAPI document and Swagger UI need a staff token, unless
    /// <c>OpenApi:Public</c> is true. Runs after authentication, before they are served.
    /// </summary>
    public static WebApplication UseOpenApiAccess(this WebApplication app)
    {
        if (app.Environment.IsDevelopment() || app.Configuration.GetValue("OpenApi:Public", false)) return app;
        app.Use(async (http, next) =>
        {
            var path = http.Request.Path;
            var isDocs = path.StartsWithSegments("/openapi") || path.StartsWithSegments("/swagger");
            var isStaff = http.User.Identity?.IsAuthenticated == true && Roles.All.Any(http.User.IsInRole);
            if (!isDocs || isStaff)
            {
                await next(http);
                return;
            }
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status401Unauthorized,
                    Title = "Unauthorized",
                    Detail = "The API description is for staff: send 'Authorization: Bearer <token>'.",
                },
            });
        });
        return app;
    }
}
