using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Placements;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.FollowUps.ListFollowUps;

/// <summary>
/// Follow-ups sorted by due date, then id: the consultant's work list. <c>ConsultantId</c> is the
/// responsible consultant of the placement; <c>me</c> means the caller.
/// </summary>
public sealed record ListFollowUpsQuery(
    string? Status,
    bool? Overdue,
    DateOnly? DueBefore,
    string? ConsultantId,
    Guid? CompanyId,
    Guid? CandidateId,
    Guid? PlacementId,
    int? Limit,
    string? Cursor) : IQuery<Page<FollowUpDto>>, IPagedQuery;

public sealed class ListFollowUpsQueryValidator : AbstractValidator<ListFollowUpsQuery>
{
    public ListFollowUpsQueryValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.Status).MustBeOneOf<ListFollowUpsQuery, FollowUpStatus>();
        RuleFor(q => q.DueBefore).InDateRange();
        RuleFor(q => q.ConsultantId).Text(200);
    }
}

public sealed class ListFollowUpsQueryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListFollowUpsQuery, Page<FollowUpDto>>
{
    private sealed record Position(DateOnly DueDate, Guid Id);

    public async ValueTask<Page<FollowUpDto>> Handle(ListFollowUpsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var followUps = db.FollowUps.AsNoTracking();
        if (EnumText.Parse<FollowUpStatus>(query.Status) is { } status) followUps = followUps.Where(f => f.Status == status);
        if (query.Overdue is { } overdue)
            followUps = followUps.Where(overdue ? FollowUp.OverdueOn(today) : FollowUp.OverdueOn(today).Not());
        if (query.DueBefore is { } dueBefore) followUps = followUps.Where(f => f.DueDate < dueBefore);
        if (query.CompanyId is { } companyId) followUps = followUps.Where(f => f.CompanyId == companyId);
        if (query.CandidateId is { } candidateId) followUps = followUps.Where(f => f.CandidateId == candidateId);
        if (query.PlacementId is { } placementId) followUps = followUps.Where(f => f.PlacementId == placementId);
        if (query.ConsultantId is { Length: > 0 } consultant)
        {
            var consultantId = consultant == "me" ? user.Staff.Id : consultant;
            followUps = followUps.Where(f => db.Placements.Any(p => p.Id == f.PlacementId && p.Consultant.Id == consultantId));
        }
        if (query.After<Position>() is { } after)
            followUps = followUps.Where(f => f.DueDate > after.DueDate || (f.DueDate == after.DueDate && f.Id.CompareTo(after.Id) > 0));
        return await followUps
            .OrderBy(f => f.DueDate).ThenBy(f => f.Id)
            .ToPageAsync(query, f => f.ToDto(today), f => new Position(f.DueDate, f.Id), cancellationToken);
    }
}
