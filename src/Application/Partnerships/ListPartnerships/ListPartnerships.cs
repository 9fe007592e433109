using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Partnerships.ListPartnerships;

/// <summary>Partnerships, newest first (by creation, then id). <c>Status</c> is a status name, e.g. <c>active</c>.</summary>
public sealed record ListPartnershipsQuery(string? Status, Guid? CompanyId, int? Limit, string? Cursor)
    : IQuery<Page<PartnershipDto>>, IPagedQuery;

public sealed class ListPartnershipsQueryValidator : AbstractValidator<ListPartnershipsQuery>
{
    public ListPartnershipsQueryValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.Status).MustBeOneOf<ListPartnershipsQuery, PartnershipStatus>();
    }
}

public sealed class ListPartnershipsQueryHandler(IAppDbContext db) : IQueryHandler<ListPartnershipsQuery, Page<PartnershipDto>>
{
    private sealed record Position(DateTimeOffset CreatedAt, Guid Id);

    public async ValueTask<Page<PartnershipDto>> Handle(ListPartnershipsQuery query, CancellationToken cancellationToken)
    {
        var partnerships = db.Partnerships.AsNoTracking();
        if (EnumText.Parse<PartnershipStatus>(query.Status) is { } status) partnerships = partnerships.Where(p => p.Status == status);
        if (query.CompanyId is { } companyId) partnerships = partnerships.Where(p => p.CompanyId == companyId);
        if (query.After<Position>() is { } after)
            partnerships = partnerships.Where(p =>
                p.CreatedAt < after.CreatedAt || (p.CreatedAt == after.CreatedAt && p.Id.CompareTo(after.Id) < 0));
        return await partnerships
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .ToPageAsync(query, p => p.ToDto(), p => new Position(p.CreatedAt, p.Id), cancellationToken);
    }
}
