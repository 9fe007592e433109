using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Staff;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.Staff;

/// <summary>Reads names from <c>staff_directory</c>.</summary>
public sealed class StaffNames(AppDbContext db) : IStaffNames
{
    public async Task<IReadOnlyDictionary<string, string>> NamesOfAsync(IReadOnlyCollection<string> staffIds, CancellationToken cancellationToken)
    {
        var ids = staffIds.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<string, string>();
        return await db.StaffDirectory.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
    }
}
