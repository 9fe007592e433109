using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace PartnerCrm.Api.Security;

/// <summary>
/// How bearer tokens are validated: against an OpenID Connect authority (the municipality's identity
/// provider), or, for self-issued tokens, against a shared signing key.
/// </summary>
public sealed class AuthenticationSettings
{
    public const string Section = "Authentication";

    public string? Authority { get; init; }
    public string Issuer { get; init; } = "partnercrm";
    public string Audience { get; init; } = "partnercrm";
    public string? SigningKey { get; init; }

    /// <summary>The web app's client at the identity provider (authorization code with PKCE).</summary>
    public string? ClientId { get; init; }

    /// <summary>The client's secret, when the identity provider gives the web app one (a confidential client).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>
    /// The identity provider's metadata is read over HTTPS only; false allows plain HTTP (an identity provider on
    /// a private network, or a test's own).
    /// </summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    public bool UsesAuthority => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>Staff sign in to the web app at the identity provider: it has an authority and a client id.</summary>
    public bool SignsInWithAuthority => UsesAuthority && !string.IsNullOrWhiteSpace(ClientId);

    public SymmetricSecurityKey SecurityKey()
    {
        var bytes = Encoding.UTF8.GetBytes(SigningKey ?? "");
        if (bytes.Length < 32)
            throw new InvalidOperationException(
                "Authentication:SigningKey must be at least 32 bytes long (or set Authentication:Authority to use an identity provider).");
        return new SymmetricSecurityKey(bytes);
    }

    public void EnsureConfigured()
    {
        if (!UsesAuthority && string.IsNullOrWhiteSpace(SigningKey))
            throw new InvalidOperationException(
                "Bearer tokens cannot be validated: set Authentication__Authority (an OpenID Connect identity provider) or Authentication__SigningKey.");
    }
}
