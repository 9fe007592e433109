using System.Diagnostics;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Security;

/// <summary>
/// The audit trail's actor in a request: the token's <c>sub</c> (a staff member) or the API key's id;
/// <c>system</c> outside requests. The trace id is the one problem answers carry.
/// </summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string Actor => accessor.HttpContext?.User.FindFirst("sub")?.Value ?? "system";

    public string? TraceId => Activity.Current?.Id ?? accessor.HttpContext?.TraceIdentifier;
}
