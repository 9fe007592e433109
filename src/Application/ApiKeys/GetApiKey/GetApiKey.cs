using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.ApiKeys.GetApiKey;

public sealed record GetApiKeyQuery(Guid CompanyId, Guid KeyId) : IQuery<ApiKeyDto>;

public sealed class GetApiKeyQueryHandler(IAppDbContext db) : IQueryHandler<GetApiKeyQuery, ApiKeyDto>
{
    public async ValueTask<ApiKeyDto> Handle(GetApiKeyQuery query, CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking()
            .Where(k => k.Id == query.KeyId && k.CompanyId == query.CompanyId)
            .Select(k => new ApiKeyDto(k.Id, k.CompanyId, k.Name, k.Prefix, k.CreatedAt, k.LastUsedAt, k.RevokedAt))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("API key", query.KeyId);
}
