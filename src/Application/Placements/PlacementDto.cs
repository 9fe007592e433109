using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.Placements;

public sealed record FollowUpDto(
    Guid Id,
    Guid PlacementId,
    Guid CandidateId,
    Guid CompanyId,
    Milestone Milestone,
    DateOnly DueDate,
    FollowUpStatus Status,
    bool Overdue,
    Outcome? Outcome,
    decimal? HoursPerWeek,
    int? EmployerSatisfaction,
    int? CandidateSatisfaction,
    string? Notes,
    DateTimeOffset? CompletedAt,
    StaffMemberDto? CompletedBy,
    string? RescheduledReason) : IVersioned
{
    public uint Version { get; init; }
}

public sealed record PlacementDto(
    Guid Id,
    Guid CandidateId,
    Guid CompanyId,
    Guid? PartnershipId,
    Guid? InternshipId,
    PlacementType Type,
    string JobTitle,
    decimal HoursPerWeek,
    DateOnly StartDate,
    DateOnly? PlannedEndDate,
    bool Extended,
    PlacementStatus Status,
    DateOnly? EndDate,
    EndReason? EndReason,
    StaffMemberDto Consultant,
    IReadOnlyList<FollowUpDto> FollowUps,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt) : IVersioned
{
    public uint Version { get; init; }

    /// <summary>The P-number of the company's workplace where the person works; null when the placement names none.</summary>
    public string? PNumber { get; init; }
}

public static class PlacementMapping
{
    /// <summary>A placement with its follow-ups, to change it.</summary>
    public static async Task<Placement> LoadPlacementAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Placements.Include(p => p.FollowUps).FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new NotFoundException("placement", id);

    public static FollowUpDto ToDto(this FollowUp followUp, DateOnly today) => new(
        followUp.Id, followUp.PlacementId, followUp.CandidateId, followUp.CompanyId, followUp.Milestone, followUp.DueDate,
        followUp.Status, followUp.IsOverdue(today), followUp.Outcome, followUp.HoursPerWeek, followUp.EmployerSatisfaction,
        followUp.CandidateSatisfaction, followUp.Notes, followUp.CompletedAt, followUp.CompletedBy?.ToDto(), followUp.RescheduledReason)
    {
        Version = followUp.Version,
    };

    /// <summary>The placement as the API answers it, its workplace's P-number read with it.</summary>
    public static async Task<PlacementDto> AnswerAsync(this IAppDbContext db, Placement placement, DateOnly today, CancellationToken cancellationToken) =>
        placement.ToDto(today, await db.PNumberOfAsync(placement.WorkplaceId, cancellationToken));

    /// <summary>A page of placements as the API answers them, the P-numbers of their workplaces read in one query.</summary>
    public static async Task<Page<PlacementDto>> AnswerAsync(this IAppDbContext db, Page<Placement> page, DateOnly today, CancellationToken cancellationToken)
    {
        var pNumbers = await db.PNumbersOfAsync(page.Items.Select(p => p.WorkplaceId), cancellationToken);
        return new Page<PlacementDto>(page.Items.Select(p => p.ToDto(today, pNumbers.Of(p.WorkplaceId))).ToList(), page.NextCursor);
    }

    public static PlacementDto ToDto(this Placement placement, DateOnly today, string? pNumber) => new(
        placement.Id, placement.CandidateId, placement.CompanyId, placement.PartnershipId, placement.InternshipId, placement.Type,
        placement.JobTitle, placement.HoursPerWeek, placement.StartDate, placement.PlannedEndDate, placement.Extended,
        placement.StatusOn(today), placement.EndDate, placement.EndReason, placement.Consultant.ToDto(),
        placement.FollowUps.OrderBy(f => f.DueDate).Select(f => f.ToDto(today)).ToList(), placement.CreatedAt, placement.UpdatedAt)
    {
        Version = placement.Version,
        PNumber = pNumber,
    };
}
