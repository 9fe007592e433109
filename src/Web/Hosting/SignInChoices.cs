namespace PartnerCrm.Web.Hosting;

/// <summary>
/// How the sign-in page lets staff in, as the host has set it up: the fixed development users (in
/// Development only), the identity provider (OpenID Connect), or neither (sign-in is not set up).
/// </summary>
public sealed record SignInChoices(bool DevelopmentUsers, bool IdentityProvider)
{
    public const string DevelopmentSignInPath = "/login/dev";
    public const string IdentityProviderPath = "/login/oidc";
}
