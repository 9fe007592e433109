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

    public static void AddPartnerCrmPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(CrmRead, policy => policy.RequireRole(Roles.Consultant, Roles.Analyst, Roles.Admin))
        .AddPolicy(CrmWrite, policy => policy.RequireRole(Roles.Consultant, Roles.Admin))
        .AddPolicy(ContactsRead, policy => policy.RequireRole(Roles.Consultant, Roles.Admin))
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAssertion(IsRoutingAnswer).Build());

    /// <summary>
    /// The fallback lets through only the answers routing makes itself (404 no such route, 405 method not
    /// allowed, 415 not JSON); they reveal nothing. Every route of ours is a <see cref="RouteEndpoint"/>,
    /// so one without a policy is refused.
    /// </summary>
    private static bool IsRoutingAnswer(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext http
        && http.GetEndpoint() is null or not RouteEndpoint;
}
