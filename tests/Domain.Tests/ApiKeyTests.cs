using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Domain.Tests;

public class ApiKeyTests
{
    [Fact]
    public void Revoking_is_final_and_keeps_the_first_time()
    {
        var key = ApiKey.Issue(Guid.NewGuid(), "HR-system", "pcrm_abcdefghij", new byte[32]);
        var first = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
        key.Revoke(first);
        key.Revoke(first.AddHours(1));
        Assert.True(key.IsRevoked);
        Assert.Equal(first, key.RevokedAt);
    }
}
