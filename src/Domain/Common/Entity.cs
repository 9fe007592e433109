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
}
