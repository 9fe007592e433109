using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;

namespace PartnerCrm.Application.ApiKeys.ListApiKeys;

/// <summary>A company's keys, newest first, revoked ones included.</summary>
public sealed record ListApiKeysQuery(int? Limit, string? Cursor) : IQuery<Page<ApiKeyDto>>, IPagedQuery
{
    [JsonIgnore] public Guid CompanyId { get; init; }
}

public sealed class ListApiKeysQueryValidator : AbstractValidator<ListApiKeysQuery>
{
    public ListApiKeysQueryValidator() => this.ValidatePaging();
}

public sealed class ListApiKeysQueryHandler(IAppDbContext db) : IQueryHandler<ListApiKeysQuery, Page<ApiKeyDto>>
{
    private sealed record Position(DateTimeOffset CreatedAt, Guid Id);

    public async ValueTask<Page<ApiKeyDto>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureCompanyExistsAsync(query.CompanyId, cancellationToken);
        var keys = db.ApiKeys.AsNoTracking().Where(k => k.CompanyId == query.CompanyId);
        if (query.After<Position>() is { } after)
            keys = keys.Where(k => k.CreatedAt < after.CreatedAt || (k.CreatedAt == after.CreatedAt && k.Id.CompareTo(after.Id) < 0));
        return await keys
            .OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Select(k => new ApiKeyDto(k.Id, k.CompanyId, k.Name, k.Prefix, k.CreatedAt, k.LastUsedAt, k.RevokedAt))
            .ToPageAsync(query, k => k, k => new Position(k.CreatedAt, k.Id), cancellationToken);
    }
}
