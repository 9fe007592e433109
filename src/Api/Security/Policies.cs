using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Security;

/// <summary>
/// The role matrix of the API contract. Every route names one of these; a route that names none is
/// refused by the fallback policy (deny by default).
/// </summary>
public static class Policies
{
    public const string CrmRead = Access.CrmRead;
    public const string CrmWrite = Access.CrmWrite;
    public const string ContactsRead = Access.ContactsRead;
    public const string ApiKeys = Access.ApiKeys;
    public const string PersonalData = Access.PersonalData;
    public const string Exports = Access.Exports;
    public const string Admin = Access.Admin;

    /// <summary>The employer API: an API key, which names its company. Staff tokens are not accepted.</summary>
    public const string Employer = nameof(Employer);

    /// <summary>
    /// Each policy of the role matrix twice: for the REST API, which accepts only bearer tokens (an API key
    /// or a session cookie never reaches a staff route), and for the web app's pages, which accept only
    /// the session cookie.
    /// </summary>
    public static void AddPartnerCrmPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (policy, roles) in Access.RolesOf)
        {
            authorization.AddPolicy(policy, builder => builder
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireRole(roles));
            authorization.AddPolicy(WebAccess.Prefix + policy, builder => builder
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireRole(roles));
        }
        authorization
            .AddPolicy(Employer, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(ApiKeyAuthenticationHandler.CompanyClaim))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAssertion(IsRoutingAnswer).Build());
    }

    /// <summary>
    /// The fallback lets through only the answers routing makes itself (404 no such route, 405 method not
    /// allowed, 415 not JSON); they reveal nothing. Every route of ours is a <see cref="RouteEndpoint"/>,
    /// so one without a policy is refused.
    /// </summary>
    private static bool IsRoutingAnswer(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext http
        && http.GetEndpoint() is null or not RouteEndpoint;
}
