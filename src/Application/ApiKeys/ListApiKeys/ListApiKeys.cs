using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;

namespace PartnerCrm.Application.ApiKeys.ListApiKeys;

/// <summary>A company's keys, or every company's keys when no company is named; newest first, revoked ones included.</summary>
public sealed record ListApiKeysQuery(Guid? CompanyId, int? Limit, string? Cursor) : IQuery<Page<ApiKeyDto>>, IPagedQuery;

public sealed class ListApiKeysQueryValidator : AbstractValidator<ListApiKeysQuery>
{
    public ListApiKeysQueryValidator() => this.ValidatePaging();
}

public sealed class ListApiKeysQueryHandler(IAppDbContext db) : IQueryHandler<ListApiKeysQuery, Page<ApiKeyDto>>
{
    public async ValueTask<Page<ApiKeyDto>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        var keys = db.ApiKeys.AsNoTracking();
        if (query.CompanyId is { } companyId)
        {
            await db.EnsureCompanyExistsAsync(companyId, cancellationToken);
            keys = keys.Where(k => k.CompanyId == companyId);
        }
        return await keys.NewestFirstPageAsync(query, ApiKeyDto.Of, cancellationToken);
    }
}
