using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.ApiKeys;

/// <summary>
/// Looks a presented key up by its prefix and compares its hash with the stored one in constant time, on
/// every request and without a cache, so a revoked key fails on the very next request. The use is noted
/// for the batched "last used" time.
/// </summary>
public sealed class ApiKeyAuthenticator(AppDbContext db, ApiKeyUsage usage) : IApiKeyAuthenticator
{
    private static readonly byte[] NoSuchKey = ApiKeyGenerator.Hash("no such key");

    public Task<(ApiKeyHolder? Holder, string? Refusal)> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken) =>
        DatabaseFailures.TranslateAsync<(ApiKeyHolder?, string?)>(async () =>
        {
            if (ApiKeyGenerator.PrefixOf(presentedKey) is not { } prefix) return (null, "The API key is not shaped like a PartnerCrm key.");
            var key = await db.ApiKeys.AsNoTracking()
                .Where(k => k.Prefix == prefix)
                .Select(k => new { k.Id, k.CompanyId, k.Name, k.Hash, k.RevokedAt })
                .FirstOrDefaultAsync(cancellationToken);
            var matches = ApiKeyGenerator.Matches(presentedKey, key?.Hash ?? NoSuchKey);
            if (key is null || !matches) return (null, "Unknown API key.");
            if (key.RevokedAt is not null) return (null, "The API key is revoked.");
            usage.Record(key.Id);
            return (new ApiKeyHolder(key.Id, key.CompanyId, key.Name), null);
        });
}
