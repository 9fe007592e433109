using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.Worklist.GetWorklist;

public enum WorklistItemKind
{
    FollowUp,
    NextAction,
}

/// <summary>One thing a consultant must do: a follow-up of one of their placements, or the next action of one of their activities.</summary>
public sealed record WorklistItemDto(
    WorklistItemKind Kind,
    DateOnly DueDate,
    bool Overdue,
    Guid CompanyId,
    string CompanyName,
    Guid? PlacementId,
    Guid? FollowUpId,
    Milestone? Milestone,
    Guid? ActivityId,
    string? NextAction);

/// <summary>
/// A consultant's worklist: the pending follow-ups of the placements they made and the open next actions of
/// the activities they recorded, due until <c>Until</c> (default: a week from today), oldest due first
/// (then follow-ups before next actions, then id). <c>ConsultantId</c> is <c>me</c> (the default) or
/// another staff member's id: colleagues and administrators may look at each other's.
/// </summary>
public sealed record GetWorklistQuery(string? ConsultantId, DateOnly? Until, int? Limit, string? Cursor) : IQuery<Page<WorklistItemDto>>, IPagedQuery;

public sealed class GetWorklistQueryValidator : AbstractValidator<GetWorklistQuery>
{
    public GetWorklistQueryValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.ConsultantId).Text(200);
        RuleFor(q => q.Until).InDateRange();
    }
}

public sealed class GetWorklistQueryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetWorklistQuery, Page<WorklistItemDto>>
{
    public const int DefaultDaysAhead = 7;

    private sealed record Position(DateOnly DueDate, int Kind, Guid Id);

    public async ValueTask<Page<WorklistItemDto>> Handle(GetWorklistQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var until = query.Until ?? today.AddDays(DefaultDaysAhead);
        var consultantId = query.ConsultantId is null or "me" ? user.Staff.Id : query.ConsultantId;
        var after = query.After<Position>();
        var size = query.PageSize();

        // Two sources, each read in the page's order as far as one page needs, then merged.
        var followUps = from f in db.PendingFollowUpsOf(consultantId)
                        join c in db.Companies on f.CompanyId equals c.Id
                        where f.DueDate <= until
                        select new { FollowUp = f, CompanyName = c.Name };
        if (after is not null)
            followUps = followUps.Where(r => r.FollowUp.DueDate > after.DueDate
                || (r.FollowUp.DueDate == after.DueDate && after.Kind == 0 && r.FollowUp.Id.CompareTo(after.Id) > 0));
        var dueFollowUps = await followUps.OrderBy(r => r.FollowUp.DueDate).ThenBy(r => r.FollowUp.Id).Take(size + 1).ToListAsync(cancellationToken);

        var actions = from a in db.OpenNextActionsOf(consultantId)
                      join c in db.Companies on a.CompanyId equals c.Id
                      where a.NextActionOn <= until
                      select new { Activity = a, CompanyName = c.Name };
        if (after is not null)
            actions = actions.Where(r => r.Activity.NextActionOn > after.DueDate
                || (r.Activity.NextActionOn == after.DueDate && (after.Kind == 0 || r.Activity.Id.CompareTo(after.Id) > 0)));
        var dueActions = await actions.OrderBy(r => r.Activity.NextActionOn).ThenBy(r => r.Activity.Id).Take(size + 1).ToListAsync(cancellationToken);

        var merged = dueFollowUps
            .Select(r => (Position: new Position(r.FollowUp.DueDate, 0, r.FollowUp.Id), Item: new WorklistItemDto(
                WorklistItemKind.FollowUp, r.FollowUp.DueDate, r.FollowUp.IsOverdue(today), r.FollowUp.CompanyId, r.CompanyName,
                r.FollowUp.PlacementId, r.FollowUp.Id, r.FollowUp.Milestone, null, null)))
            .Concat(dueActions.Select(r => (Position: new Position(r.Activity.NextActionOn!.Value, 1, r.Activity.Id), Item: new WorklistItemDto(
                WorklistItemKind.NextAction, r.Activity.NextActionOn!.Value, r.Activity.IsNextActionOverdue(today), r.Activity.CompanyId, r.CompanyName,
                null, null, null, r.Activity.Id, r.Activity.NextAction))))
            .OrderBy(row => row.Position.DueDate).ThenBy(row => row.Position.Kind).ThenBy(row => row.Position.Id)
            .Take(size + 1)
            .ToList();
        return Paging.PageOf(merged.Select(row => row.Item).ToList(), merged.Select(row => row.Position).ToList(), size);
    }
}
