namespace PartnerCrm.Application.Common;

/// <summary>Who the audit trail names for what happens now, and the request it happens in.</summary>
public interface IAuditActor
{
    /// <summary>A staff member's user id, an API key's id, or <c>system</c>.</summary>
    string Actor { get; }

    string? TraceId { get; }
}
