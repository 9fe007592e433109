using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Audit.ListAudit;

/// <summary>
/// The audit trail, newest first, filtered by entity, record, actor, action and period: <c>From</c> and <c>To</c>
/// are days in Danish time, both included.
/// </summary>
public sealed record ListAuditQuery(
    string? Entity, Guid? EntityId, string? Actor, string? Action, int? Limit, string? Cursor, DateOnly? From = null, DateOnly? To = null)
    : IQuery<Page<AuditEntryDto>>, IPagedQuery;

public sealed class ListAuditQueryValidator : AbstractValidator<ListAuditQuery>
{
    public ListAuditQueryValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.Entity).Text(50);
        RuleFor(q => q.Actor).Text(200);
        RuleFor(q => q.Action).Text(50);
        RuleFor(q => q.From).InDateRange();
        RuleFor(q => q.To).InDateRange();
        RuleFor(q => q.To)
            .Must((q, to) => q.From is not { } from || to is not { } until || until >= from)
            .WithMessage("'to' is on or after 'from'.").WithErrorCode("ToBeforeFrom");
    }
}

public sealed class ListAuditQueryHandler(IAppDbContext db) : IQueryHandler<ListAuditQuery, Page<AuditEntryDto>>
{
    private sealed record Position(long Id);

    public async ValueTask<Page<AuditEntryDto>> Handle(ListAuditQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.Entity is not null) entries = entries.Where(e => e.Entity == query.Entity);
        if (query.EntityId is { } entityId) entries = entries.Where(e => e.EntityId == entityId);
        if (query.Actor is not null) entries = entries.Where(e => e.Actor == query.Actor);
        if (query.Action is not null) entries = entries.Where(e => e.Action == query.Action);
        if (query.From is { } from)
        {
            var start = DanishTime.At(from, TimeOnly.MinValue).ToUniversalTime();
            entries = entries.Where(e => e.At >= start);
        }
        if (query.To is { } to)
        {
            var end = DanishTime.At(to.AddDays(1), TimeOnly.MinValue).ToUniversalTime();
            entries = entries.Where(e => e.At < end);
        }
        if (query.After<Position>() is { } after) entries = entries.Where(e => e.Id < after.Id);
        return await entries
            .OrderByDescending(e => e.Id)
            .Select(e => new AuditEntryDto(e.Id, e.At, e.Actor, e.Action, e.Entity, e.EntityId, e.TraceId, e.Detail))
            .ToPageAsync(query, e => e, e => new Position(e.Id), cancellationToken);
    }
}
