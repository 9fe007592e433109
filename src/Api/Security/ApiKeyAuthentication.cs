using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Security;

/// <summary>
/// Employers authenticate with <c>X-Api-Key</c>; <see cref="IApiKeyAuthenticator"/> checks the key on
/// every request, so a revoked key fails on the very next request.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyAuthenticator keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string CompanyClaim = "company_id";
    public const string EmployerRole = "employer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values)) return AuthenticateResult.NoResult();
        var (key, refusal) = await keys.AuthenticateAsync(values.ToString().Trim(), Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail(refusal ?? "The API key is refused.");

        var identity = new ClaimsIdentity(
            [
                new Claim("sub", key.KeyId.ToString()),
                new Claim("name", key.KeyName),
                new Claim("role", EmployerRole),
                new Claim(CompanyClaim, key.CompanyId.ToString()),
            ],
            SchemeName, "name", "role");
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        return Task.CompletedTask;
    }
}

public static class EmployerClaims
{
    /// <summary>The company whose key made the request.</summary>
    public static Guid EmployerCompanyId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirst(ApiKeyAuthenticationHandler.CompanyClaim)?.Value
            ?? throw new InvalidOperationException("Only an employer key names a company."));
}
