using PartnerCrm.Application.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using PartnerCrm.Api.Hosting;
using PartnerCrm.Web.Hosting;

namespace PartnerCrm.Api.Security;

public static class AuthenticationSetup
{
    /// <summary>
    /// A signed token is not enough: it must name the staff member (<c>sub</c>, <c>name</c>) and a role
    /// PartnerCrm knows, or every write would be audited to nobody.
    /// </summary>
    private static Task RequireStaffClaims(TokenValidatedContext context)
    {
        var user = context.Principal;
        var roles = user?.FindAll("role").Select(c => c.Value).ToList() ?? [];
        if (!IsName(user?.FindFirst("sub")?.Value) || !IsName(user?.FindFirst("name")?.Value) || roles.Count == 0 || !roles.All(Roles.All.Contains))
            context.Fail("The token must carry the claims sub, name and role (consultant, analyst or admin).");
        return Task.CompletedTask;
    }

    /// <summary>A staff member's id or name, as the audit trail and the records keep it: 1–200 printable characters.</summary>
    public static bool IsName(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= 200 && !text.Any(c => char.IsControl(c) || char.IsSurrogate(c));

    /// <summary>
    /// Finds the caller before authorization (so rate limits can tell keys apart): on the API, the API key
    /// scheme when an <c>X-Api-Key</c> header is present, otherwise the bearer token; on the web app's pages,
    /// the session cookie. Each route's policy then names the one scheme it accepts, so a session cookie
    /// never reaches the API and a token never opens a page.
    /// </summary>
    public const string ByDoor = "ByDoor";

    public static IServiceCollection AddPartnerCrmAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(AuthenticationSettings.Section).Get<AuthenticationSettings>() ?? new AuthenticationSettings();
        settings.EnsureConfigured();
        services.AddSingleton(settings);
        services.AddSingleton(new SignInChoices(DevelopmentUsers: environment.IsDevelopment(), IdentityProvider: settings.SignsInWithAuthority));

        services.AddAuthentication(ByDoor)
            .AddPolicyScheme(ByDoor, "Bearer token or X-Api-Key on the API, the session cookie on the pages", options =>
                options.ForwardDefaultSelector = http =>
                    Doors.IsWeb(http) ? CookieAuthenticationDefaults.AuthenticationScheme
                    : http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { })
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = settings.UsesAuthority ? null : settings.Issuer,
                    ValidateAudience = true,
                    ValidAudience = settings.Audience,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    ValidateIssuerSigningKey = true,
                    ClockSkew = TimeSpan.FromMinutes(1),
                    NameClaimType = "name",
                    RoleClaimType = "role",
                };
                options.Events = new JwtBearerEvents { OnTokenValidated = RequireStaffClaims };
                if (settings.UsesAuthority)
                {
                    options.Authority = settings.Authority;
                    options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                }
                else
                    options.TokenValidationParameters.IssuerSigningKey = settings.SecurityKey();
            })
            .AddWebSignIn(settings, environment.IsDevelopment());

        services.AddAuthorizationBuilder().AddPartnerCrmPolicies();
        services.AddHttpContextAccessor();
        services.AddScoped<Application.Common.ICurrentUser, CurrentUser>();
        services.AddScoped<Application.Common.IAuditActor, HttpAuditActor>();
        return services;
    }
}
