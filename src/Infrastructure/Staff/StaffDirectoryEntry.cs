namespace PartnerCrm.Infrastructure.Staff;

/// <summary>
/// A row of <c>staff_directory</c>: a staff member as their latest token named them, and the last day they
/// made a request. Written only through <see cref="StaffDirectory"/>'s upsert.
/// </summary>
public sealed class StaffDirectoryEntry
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public required DateOnly LastSeenOn { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
