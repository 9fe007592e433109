using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;

namespace PartnerCrm.Application.ApiKeys.ListApiKeys;

/// <summary>A company's keys, newest first, revoked ones included.</summary>
public sealed record ListApiKeysQuery(Guid CompanyId, int? Limit, string? Cursor) : IQuery<Page<ApiKeyDto>>, IPagedQuery;

public sealed class ListApiKeysQueryValidator : AbstractValidator<ListApiKeysQuery>
{
    public ListApiKeysQueryValidator() => this.ValidatePaging();
}

public sealed class ListApiKeysQueryHandler(IAppDbContext db) : IQueryHandler<ListApiKeysQuery, Page<ApiKeyDto>>
{
    public async ValueTask<Page<ApiKeyDto>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureCompanyExistsAsync(query.CompanyId, cancellationToken);
        return await db.ApiKeys.AsNoTracking()
            .Where(k => k.CompanyId == query.CompanyId)
            .NewestFirstPageAsync(query, ApiKeyDto.Of, cancellationToken);
    }
}
