using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies;

public sealed record AddressDto(string Street, string PostalCode, string City);

public sealed record CompanyDto : IVersioned
{
    public required Guid Id { get; init; }
    public required string Cvr { get; init; }
    public required string Name { get; init; }
    public string? IndustryCode { get; init; }
    public required Sector Sector { get; init; }
    public AddressDto? Address { get; init; }
    public string? Website { get; init; }
    public int? EmployeeCount { get; init; }

    /// <summary>The day the company ceased (ophørsdato); a ceased company gets no new partnership, offer or placement.</summary>
    public DateOnly? CeasedOn { get; init; }

    public required bool HasActivePartnership { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public uint Version { get; init; }
}

public sealed record ContactDto : IVersioned
{
    public required Guid Id { get; init; }
    public required Guid CompanyId { get; init; }
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public required bool IsPrimary { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public uint Version { get; init; }
}

public sealed record StaffMemberDto(string Id, string Name);

public sealed record ActivityDto
{
    public required Guid Id { get; init; }
    public required Guid CompanyId { get; init; }
    public required ActivityKind Kind { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required string Summary { get; init; }
    public string? NextAction { get; init; }
    public DateOnly? NextActionOn { get; init; }
    public DateTimeOffset? NextActionDoneAt { get; init; }

    /// <summary>Who recorded it; the same as <see cref="Author"/>, kept for clients written before the worklist.</summary>
    public required StaffMemberDto RecordedBy { get; init; }

    /// <summary>The author, who owns the next action.</summary>
    public required StaffMemberDto Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
