using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.Placements.ListPlacements;

/// <summary>Placements, latest start first (then id), with their follow-ups.</summary>
public sealed record ListPlacementsQuery(Guid? CandidateId, Guid? CompanyId, string? Type, string? Status, int? Limit, string? Cursor)
    : IQuery<Page<PlacementDto>>, IPagedQuery;

public sealed class ListPlacementsQueryValidator : AbstractValidator<ListPlacementsQuery>
{
    public ListPlacementsQueryValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.Type).MustBeOneOf<ListPlacementsQuery, PlacementType>();
        RuleFor(q => q.Status).MustBeOneOf<ListPlacementsQuery, PlacementStatus>();
    }
}

public sealed class ListPlacementsQueryHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<ListPlacementsQuery, Page<PlacementDto>>
{
    private sealed record Position(DateOnly StartDate, Guid Id);

    public async ValueTask<Page<PlacementDto>> Handle(ListPlacementsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var placements = db.Placements.AsNoTracking().Include(p => p.FollowUps).AsQueryable();
        if (query.CandidateId is { } candidateId) placements = placements.Where(p => p.CandidateId == candidateId);
        if (query.CompanyId is { } companyId) placements = placements.Where(p => p.CompanyId == companyId);
        if (EnumText.Parse<PlacementType>(query.Type) is { } type) placements = placements.Where(p => p.Type == type);
        if (EnumText.Parse<PlacementStatus>(query.Status) is { } status) placements = placements.Where(Placement.InStatusOn(status, today));
        if (query.After<Position>() is { } after)
            placements = placements.Where(p => p.StartDate < after.StartDate || (p.StartDate == after.StartDate && p.Id.CompareTo(after.Id) < 0));
        var page = await placements
            .OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id)
            .ToPageAsync(query, p => p, p => new Position(p.StartDate, p.Id), cancellationToken);
        return await db.AnswerAsync(page, today, cancellationToken);
    }
}
