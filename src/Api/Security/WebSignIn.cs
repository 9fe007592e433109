using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using PartnerCrm.Application.Common;
using PartnerCrm.Web.Hosting;

namespace PartnerCrm.Api.Security;

/// <summary>
/// How staff sign in to the web app: a session cookie (HttpOnly, SameSite=Lax, Secure outside Development)
/// that only the pages accept. Outside Development the session starts at the identity provider (OpenID
/// Connect, authorization code with PKCE), and the role comes from the token's <c>role</c> claim. In
/// Development three fixed users, one per role, sign in with a button.
/// </summary>
public static class WebSignIn
{
    public const string LoginPath = "/login";
    public const string ReturnUrlParameter = "returnUrl";
    public const string CookieName = "partnercrm.session";
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static AuthenticationBuilder AddWebSignIn(this AuthenticationBuilder authentication, AuthenticationSettings settings, bool development)
    {
        authentication.AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.LoginPath = LoginPath;
            options.ReturnUrlParameter = ReturnUrlParameter;
            options.ExpireTimeSpan = SessionLifetime;
            options.SlidingExpiration = true;
            // A page the role may not see answers 403 where it was asked for; the status page says "Ingen adgang".
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        if (settings.SignsInWithAuthority)
        {
            authentication.AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, options =>
            {
                options.Authority = settings.Authority;
                options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                options.ClientId = settings.ClientId;
                options.ClientSecret = settings.ClientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.SaveTokens = false;
                options.Scope.Add("email");
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = "role";
                options.Events.OnTokenValidated = context =>
                {
                    if (!IsStaff(context.Principal))
                        context.Fail("The identity provider's token must carry the claims sub, name and role (consultant, analyst or admin).");
                    return Task.CompletedTask;
                };
            });
        }
        return authentication;
    }

    /// <summary>A principal that names a staff member: <c>sub</c>, <c>name</c> and only roles PartnerCrm knows.</summary>
    public static bool IsStaff(ClaimsPrincipal? user)
    {
        var roles = user?.FindAll("role").Select(c => c.Value).ToList() ?? [];
        return AuthenticationSetup.IsName(user?.FindFirst("sub")?.Value)
            && AuthenticationSetup.IsName(user?.FindFirst("name")?.Value)
            && roles.Count > 0 && roles.All(Roles.All.Contains);
    }

    /// <summary>Sign-in and sign-out: form posts with antiforgery tokens, and the identity provider's challenge.</summary>
    public static void MapWebSignIn(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<AuthenticationSettings>();
        if (app.Environment.IsDevelopment())
        {
            app.MapPost(SignInChoices.DevelopmentSignInPath, SignInDevelopmentUser).AllowAnonymous().ExcludeFromDescription();
        }
        if (settings.SignsInWithAuthority)
        {
            app.MapGet(SignInChoices.IdentityProviderPath, ([FromQuery] string? returnUrl) =>
                    TypedResults.Challenge(new AuthenticationProperties { RedirectUri = WebApp.LocalPath(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]))
                .AllowAnonymous().ExcludeFromDescription();
        }
        app.MapPost("/logout", SignOut).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> SignInDevelopmentUser(HttpContext http, [FromForm] string role, [FromForm] string? returnUrl)
    {
        if (DevelopmentUsers.Of(role) is not { } user) return TypedResults.BadRequest();
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, user);
        return TypedResults.LocalRedirect(WebApp.LocalPath(returnUrl));
    }

    private static async Task<IResult> SignOut(HttpContext http, IAntiforgery antiforgery, AuthenticationSettings settings)
    {
        if (!await antiforgery.IsRequestValidAsync(http)) return TypedResults.BadRequest();
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (settings.SignsInWithAuthority && http.User.Identity?.IsAuthenticated == true)
            return TypedResults.SignOut(new AuthenticationProperties { RedirectUri = LoginPath }, [OpenIdConnectDefaults.AuthenticationScheme]);
        return TypedResults.LocalRedirect(LoginPath);
    }

}

/// <summary>The fixed users of Development, one per role. They share their <c>sub</c> with development tokens of the same name.</summary>
public static class DevelopmentUsers
{
    public static readonly IReadOnlyDictionary<string, string> NameOf = new Dictionary<string, string>
    {
        [Roles.Consultant] = "Mette Konsulent",
        [Roles.Analyst] = "Jonas Analytiker",
        [Roles.Admin] = "Lise Administrator",
    };

    public static ClaimsPrincipal? Of(string role)
    {
        if (!NameOf.TryGetValue(role, out var name)) return null;
        var identity = new ClaimsIdentity(
            [
                new Claim("sub", DevTokenIssuer.StableId(name)),
                new Claim("name", name),
                new Claim("role", role),
                new Claim(StaffDirectoryUpdates.EmailClaim, DevTokenIssuer.EmailFor(name)),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme, "name", "role");
        return new ClaimsPrincipal(identity);
    }
}
