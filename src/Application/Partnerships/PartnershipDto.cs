using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Partnerships;

public sealed record PartnershipDto : IVersioned
{
    public required Guid Id { get; init; }
    public required Guid CompanyId { get; init; }
    public required PartnershipStatus Status { get; init; }
    public string? StatusReason { get; init; }
    public required IReadOnlyList<Scheme> Schemes { get; init; }
    public required int CommittedSlotsPerYear { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public required StaffMemberDto ResponsibleConsultant { get; init; }
    public string? Notes { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public uint Version { get; init; }
}

/// <summary>Names a consultant other than the caller as responsible.</summary>
public sealed record StaffMemberInput(string Id, string Name);
