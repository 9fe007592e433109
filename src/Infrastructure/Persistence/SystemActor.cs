using PartnerCrm.Application.Common;

namespace PartnerCrm.Infrastructure.Persistence;

/// <summary>What the audit trail names when no person or key acts: migrations, background work.</summary>
public sealed class SystemActor : IAuditActor
{
    public static readonly SystemActor Instance = new();

    public string Actor => "system";

    public string? TraceId => System.Diagnostics.Activity.Current?.Id;
}
