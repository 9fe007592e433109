using PartnerCrm.Domain.Common;

namespace PartnerCrm.Application.Common;

public static class Concurrency
{
    /// <summary>
    /// Refuses the change when the caller saw another version than the one loaded. A change made between
    /// this load and the save is caught by the row version when saving.
    /// </summary>
    public static void ExpectVersion(this Entity entity, uint? expectedVersion)
    {
        if (expectedVersion is { } expected && entity.Version != expected) throw new StaleVersionException();
    }
}
