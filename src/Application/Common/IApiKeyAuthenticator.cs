namespace PartnerCrm.Application.Common;

/// <summary>The holder of an API key that was presented: the key, and the one company it belongs to.</summary>
public sealed record ApiKeyHolder(Guid KeyId, Guid CompanyId, string KeyName);

/// <summary>Checks an API key an employer's system presents.</summary>
public interface IApiKeyAuthenticator
{
    /// <summary>The key's holder, or the reason the key is refused (not shaped like a key, unknown, revoked).</summary>
    Task<(ApiKeyHolder? Holder, string? Refusal)> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken);
}
