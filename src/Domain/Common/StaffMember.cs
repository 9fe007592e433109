namespace PartnerCrm.Domain.Common;

/// <summary>A member of the jobcenter's staff as the identity provider names them.</summary>
public sealed record StaffMember
{
    public StaffMember(string id, string name)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("A staff member needs an id.", nameof(id));
        Id = id;
        Name = string.IsNullOrWhiteSpace(name) ? id : name;
    }

    public string Id { get; }
    public string Name { get; }
}
