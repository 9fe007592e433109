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

    /// <summary>The domain of the addresses made up for development tokens; <c>.invalid</c> can never receive mail.</summary>
    public const string EmailDomain = "example.invalid";

    public (string AccessToken, DateTimeOffset ExpiresAt) Issue(string name, string role, string? email = null)
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
                [StaffDirectoryUpdates.EmailClaim] = email ?? EmailFor(name),
            },
            SigningCredentials = new SigningCredentials(settings.SecurityKey(), SecurityAlgorithms.HmacSha256),
        });
        return (token, expiresAt);
    }

    /// <summary>
    /// An address made from the name, as an identity provider would give one: <c>Anna Jensen</c> gets
    /// <c>anna.jensen@example.invalid</c>, <c>Søren Ørsted</c> <c>soeren.oersted@example.invalid</c>.
    /// </summary>
    public static string EmailFor(string name)
    {
        var words = name.Trim().ToLowerInvariant()
            .Replace("æ", "ae").Replace("ø", "oe").Replace("å", "aa")
            .Normalize(NormalizationForm.FormD)
            .Split((char[])[' ', '-', '.', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string([.. word.Where(char.IsAsciiLetterOrDigit)]))
            .Where(word => word.Length > 0)
            .ToList();
        var local = string.Join('.', words);
        if (local.Length is 0 or > 64) local = StableId(name);
        return $"{local}@{EmailDomain}";
    }

    /// <summary>The same name always gets the same id, so "my" follow-ups survive a new token.</summary>
    public static string StableId(string name) =>
        "dev-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim().ToLowerInvariant())))[..16].ToLowerInvariant();
}
