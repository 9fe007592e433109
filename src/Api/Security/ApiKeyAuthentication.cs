using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerCrm.Infrastructure.ApiKeys;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Api.Security;

/// <summary>
/// Employers authenticate with <c>X-Api-Key</c>. The key is looked up by its prefix and compared with
/// the stored hash in constant time on every request, so a revoked key fails on the very next request.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    ApiKeyUsage usage)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string CompanyClaim = "company_id";
    public const string EmployerRole = "employer";

    private static readonly byte[] NoSuchKey = ApiKeyGenerator.Hash("no such key");

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values)) return AuthenticateResult.NoResult();
        var presented = values.ToString().Trim();
        if (ApiKeyGenerator.PrefixOf(presented) is not { } prefix) return AuthenticateResult.Fail("The API key is not shaped like a PartnerCrm key.");

        var key = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Prefix == prefix)
            .Select(k => new { k.Id, k.CompanyId, k.Name, k.Hash, k.RevokedAt })
            .FirstOrDefaultAsync(Context.RequestAborted);
        var matches = ApiKeyGenerator.Matches(presented, key?.Hash ?? NoSuchKey);
        if (key is null || !matches) return AuthenticateResult.Fail("Unknown API key.");
        if (key.RevokedAt is not null) return AuthenticateResult.Fail("The API key is revoked.");

        usage.Record(key.Id);
        var identity = new ClaimsIdentity(
            [
                new Claim("sub", key.Id.ToString()),
                new Claim("name", key.Name),
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
