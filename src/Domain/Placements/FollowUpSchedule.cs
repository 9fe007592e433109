namespace PartnerCrm.Domain.Placements;

/// <summary>
/// The retention follow-ups a placement gets, as the Danish Agency for Labour Market and Recruitment
/// (STAR) measures employment 3, 6 and 12 months after an effort, plus the IGU bonus milestones.
/// Months are calendar months, clamped to the month's last day (31 January + 1 month = 28/29 February).
/// </summary>
public static class FollowUpSchedule
{
    public static IReadOnlyList<(Milestone Milestone, DateOnly DueDate)> For(PlacementType type, DateOnly start, DateOnly? plannedEnd) =>
        type switch
        {
            PlacementType.Internship =>
            [
                (Milestone.End, plannedEnd!.Value),
                (Milestone.EndPlusThreeMonths, plannedEnd.Value.AddMonths(3)),
            ],
            PlacementType.Igu => [.. Months(start), (Milestone.TwentyFourMonths, start.AddMonths(24))],
            _ => Months(start),
        };

    private static List<(Milestone, DateOnly)> Months(DateOnly start) =>
    [
        (Milestone.OneMonth, start.AddMonths(1)),
        (Milestone.ThreeMonths, start.AddMonths(3)),
        (Milestone.SixMonths, start.AddMonths(6)),
        (Milestone.TwelveMonths, start.AddMonths(12)),
    ];
}
