using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartnerCrm.Api.Security;

/// <summary>
/// Issues tokens signed with the configured key, for development only. Token lifetimes are checked
/// against the real clock by the bearer handler, so they are issued on the real clock too, not on the
/// application's <see cref="TimeProvider"/> (which tests move).
/// </summary>
public sealed class DevTokenIssuer(AuthenticationSettings settings)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public (string AccessToken, DateTimeOffset ExpiresAt) Issue(string name, string role)
    {
        var now = DateTimeOffset.UtcNow;
        var expiresAt = now + Lifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = StableId(name),
                ["name"] = name,
                ["role"] = role,
            },
            SigningCredentials = new SigningCredentials(settings.SecurityKey(), SecurityAlgorithms.HmacSha256),
        });
        return (token, expiresAt);
    }

    /// <summary>The same name always gets the same id, so "my" follow-ups survive a new token.</summary>
    private static string StableId(string name) =>
        "dev-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim().ToLowerInvariant())))[..16].ToLowerInvariant();
}
