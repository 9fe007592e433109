using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Staff;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.Staff;

/// <summary>
/// Who this instance has already written to the directory today. Only saves work: the database's upsert is
/// what keeps the directory right, with any number of instances.
/// </summary>
public sealed class StaffSeenToday
{
    private readonly ConcurrentDictionary<string, DateOnly> _seenOn = new();

    public bool Contains(string staffId, DateOnly today) => _seenOn.TryGetValue(staffId, out var day) && day == today;

    public void Add(string staffId, DateOnly today) => _seenOn[staffId] = today;
}

/// <summary>
/// Keeps <c>staff_directory</c> with one upsert per staff member a day. The upsert changes the row only when the
/// day, the name or the address is new, so a second instance's upsert of the same day writes nothing.
/// </summary>
public sealed class StaffDirectory(AppDbContext db, StaffSeenToday seenToday, TimeProvider clock) : IStaffDirectory
{
    public async Task NoteSeenAsync(StaffSighting sighting, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (seenToday.Contains(sighting.Id, today)) return;

        var clockNow = clock.GetUtcNow();
        var now = clockNow.AddTicks(-(clockNow.Ticks % TimeSpan.TicksPerMicrosecond));
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO staff_directory (id, name, email, last_seen_on, updated_at)
            VALUES ({sighting.Id}, {sighting.Name}, {sighting.Email}, {today}, {now})
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name,
                email = COALESCE(excluded.email, staff_directory.email),
                last_seen_on = GREATEST(staff_directory.last_seen_on, excluded.last_seen_on),
                updated_at = excluded.updated_at
            WHERE staff_directory.last_seen_on < excluded.last_seen_on
                OR staff_directory.name <> excluded.name
                OR excluded.email <> staff_directory.email
                OR (excluded.email IS NOT NULL AND staff_directory.email IS NULL)
            """, cancellationToken);
        seenToday.Add(sighting.Id, today);
    }
}
