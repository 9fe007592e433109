using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace PartnerCrm.Api.Security;

/// <summary>
/// The role matrix of the API contract. Every route names one of these; a route that names none is
/// refused by the fallback policy (deny by default).
/// </summary>
public static class Policies
{
    /// <summary>Read companies, activities, partnerships: every staff role.</summary>
    public const string CrmRead = nameof(CrmRead);

    /// <summary>Change companies, contacts, activities, partnerships: consultants and admins.</summary>
    public const string CrmWrite = nameof(CrmWrite);

    /// <summary>Contact persons are personal data: analysts do not see them.</summary>
    public const string ContactsRead = nameof(ContactsRead);

    /// <summary>Issue, list and revoke a company's API keys: consultants and admins.</summary>
    public const string ApiKeys = nameof(ApiKeys);

    /// <summary>Candidates, placements and follow-ups are personal data: consultants and admins, never analysts.</summary>
    public const string PersonalData = nameof(PersonalData);

    /// <summary>Row-level exports: analysts and admins.</summary>
    public const string Exports = nameof(Exports);

    /// <summary>The audit trail: admins only.</summary>
    public const string Admin = nameof(Admin);

    /// <summary>The employer API: an API key, which names its company. Staff tokens are not accepted.</summary>
    public const string Employer = nameof(Employer);

    public static void AddPartnerCrmPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(CrmRead, policy => policy.Staff(Roles.Consultant, Roles.Analyst, Roles.Admin))
        .AddPolicy(CrmWrite, policy => policy.Staff(Roles.Consultant, Roles.Admin))
        .AddPolicy(ContactsRead, policy => policy.Staff(Roles.Consultant, Roles.Admin))
        .AddPolicy(ApiKeys, policy => policy.Staff(Roles.Consultant, Roles.Admin))
        .AddPolicy(PersonalData, policy => policy.Staff(Roles.Consultant, Roles.Admin))
        .AddPolicy(Admin, policy => policy.Staff(Roles.Admin))
        .AddPolicy(Exports, policy => policy.Staff(Roles.Analyst, Roles.Admin))
        .AddPolicy(Employer, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiKeyAuthenticationHandler.CompanyClaim))
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAssertion(IsRoutingAnswer).Build());

    /// <summary>
    /// The fallback lets through only the answers routing makes itself (404 no such route, 405 method not
    /// allowed, 415 not JSON); they reveal nothing. Every route of ours is a <see cref="RouteEndpoint"/>,
    /// so one without a policy is refused.
    /// </summary>
    /// <summary>Staff routes accept only bearer tokens: an API key never reaches them.</summary>
    private static AuthorizationPolicyBuilder Staff(this AuthorizationPolicyBuilder policy, params string[] roles) => policy
        .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
        .RequireAuthenticatedUser()
        .RequireRole(roles);

    private static bool IsRoutingAnswer(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext http
        && http.GetEndpoint() is null or not RouteEndpoint;
}
