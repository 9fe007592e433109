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
    public async ValueTask<Page<PartnershipDto>> Handle(ListPartnershipsQuery query, CancellationToken cancellationToken)
    {
        var partnerships = db.Partnerships.AsNoTracking();
        if (EnumText.Parse<PartnershipStatus>(query.Status) is { } status) partnerships = partnerships.Where(p => p.Status == status);
        if (query.CompanyId is { } companyId) partnerships = partnerships.Where(p => p.CompanyId == companyId);
        return await partnerships.NewestFirstPageAsync(query, p => p.ToDto(), cancellationToken);
    }
}
