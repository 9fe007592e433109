using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.ApiKeys.GetApiKey;

public sealed record GetApiKeyQuery(Guid CompanyId, Guid KeyId) : IQuery<ApiKeyDto>;

public sealed class GetApiKeyQueryHandler(IAppDbContext db) : IQueryHandler<GetApiKeyQuery, ApiKeyDto>
{
    public async ValueTask<ApiKeyDto> Handle(GetApiKeyQuery query, CancellationToken cancellationToken) =>
        ApiKeyDto.Of(await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == query.KeyId && k.CompanyId == query.CompanyId, cancellationToken)
            ?? throw new NotFoundException("API key", query.KeyId));
}
