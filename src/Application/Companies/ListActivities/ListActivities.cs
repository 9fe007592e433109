using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Companies.ListActivities;

/// <summary>A company's activities, newest first (by when they happened, then id).</summary>
public sealed record ListActivitiesQuery(Guid CompanyId, int? Limit, string? Cursor) : IQuery<Page<ActivityDto>>, IPagedQuery;

public sealed class ListActivitiesQueryValidator : AbstractValidator<ListActivitiesQuery>
{
    public ListActivitiesQueryValidator() => this.ValidatePaging();
}

public sealed class ListActivitiesQueryHandler(IAppDbContext db) : IQueryHandler<ListActivitiesQuery, Page<ActivityDto>>
{
    private sealed record Position(DateTimeOffset OccurredAt, Guid Id);

    public async ValueTask<Page<ActivityDto>> Handle(ListActivitiesQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureCompanyExistsAsync(query.CompanyId, cancellationToken);
        var activities = db.Activities.AsNoTracking().Where(a => a.CompanyId == query.CompanyId);
        if (query.After<Position>() is { } after)
            activities = activities.Where(a =>
                a.OccurredAt < after.OccurredAt || (a.OccurredAt == after.OccurredAt && a.Id.CompareTo(after.Id) < 0));
        return await activities
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .ToPageAsync(query, a => a.ToDto(), a => new Position(a.OccurredAt, a.Id), cancellationToken);
    }
}
