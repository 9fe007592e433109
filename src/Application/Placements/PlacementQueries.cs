using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.Placements;

public static class PlacementQueries
{
    /// <summary>
    /// The status rule of <see cref="Placement.StatusOn"/> in SQL: ended after the last day (end date,
    /// else planned end), planned before the start, active between.
    /// </summary>
    public static IQueryable<Placement> InStatus(this IQueryable<Placement> placements, PlacementStatus status, DateOnly today) => status switch
    {
        PlacementStatus.Ended => placements.Where(p => (p.EndDate ?? p.PlannedEndDate) < today),
        PlacementStatus.Planned => placements.Where(p => !((p.EndDate ?? p.PlannedEndDate) < today) && today < p.StartDate),
        _ => placements.Where(p => !((p.EndDate ?? p.PlannedEndDate) < today) && p.StartDate <= today),
    };
}
