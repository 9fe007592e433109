using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.ApiKeys;

/// <summary>A key as it is listed: never the key itself.</summary>
public sealed record ApiKeyDto(
    Guid Id,
    Guid CompanyId,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt)
{
    public static ApiKeyDto Of(ApiKey key) => new(key.Id, key.CompanyId, key.Name, key.Prefix, key.CreatedAt, key.LastUsedAt, key.RevokedAt);
}

/// <summary>A newly issued key. <see cref="Key"/> is shown this once and cannot be read again.</summary>
public sealed record IssuedApiKeyDto(Guid Id, Guid CompanyId, string Name, string Prefix, string Key, DateTimeOffset CreatedAt);

/// <summary>A new secret key, and what is kept of it.</summary>
public sealed record NewApiKey(string Key, string Prefix, byte[] Hash);

/// <summary>Makes keys: long, random, with a recognisable prefix; only a hash is kept.</summary>
public interface IApiKeyGenerator
{
    NewApiKey Generate();
}
