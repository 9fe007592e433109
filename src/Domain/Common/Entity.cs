using PartnerCrm.Domain.Auditing;

namespace PartnerCrm.Domain.Common;

/// <summary>
/// Identity, timestamps and the optimistic-concurrency version shared by every aggregate.
/// The persistence layer stamps <see cref="CreatedAt"/>/<see cref="UpdatedAt"/> and keeps <see cref="Version"/>.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    private AuditedChange? _auditedChange;

    /// <summary>Names the change just made, for the audit trail. Call it once the change is made, after its checks.</summary>
    protected void NameChange(string action, string? detail = null) => _auditedChange = new AuditedChange(action, detail);

    /// <summary>The change a domain method named since the last save, handed over once; null when none was named.</summary>
    public AuditedChange? TakeNamedChange()
    {
        var change = _auditedChange;
        _auditedChange = null;
        return change;
    }
}
