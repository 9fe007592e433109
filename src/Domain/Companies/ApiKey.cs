using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Companies;

/// <summary>
/// A company's key to the employer API. Only a hash of the key is kept; the recognisable prefix
/// identifies the key in lists and finds it when a request presents it.
/// </summary>
public sealed class ApiKey : Entity
{
    private ApiKey(Guid companyId, string name, string prefix, byte[] hash)
    {
        CompanyId = companyId;
        Name = name;
        Prefix = prefix;
        Hash = hash;
    }

    public Guid CompanyId { get; private set; }
    public string Name { get; private set; }
    public string Prefix { get; private set; }
    public byte[] Hash { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static ApiKey Issue(Guid companyId, string name, string prefix, byte[] hash)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainRuleException("nameRequired", "An API key needs a name, e.g. the system that uses it.");
        return new ApiKey(companyId, name.Trim(), prefix, hash);
    }

    /// <summary>Revoking is final; revoking twice changes nothing.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
