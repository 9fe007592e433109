using PartnerCrm.Domain.Placements;
using static PartnerCrm.Domain.Placements.Milestone;

namespace PartnerCrm.Domain.Tests;

public class FollowUpScheduleTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(PlacementType.OrdinaryEmployment)]
    [InlineData(PlacementType.WageSubsidy)]
    [InlineData(PlacementType.Apprenticeship)]
    public void Employment_is_followed_up_after_1_3_6_and_12_months(PlacementType type) =>
        Assert.Equal(
            [(OneMonth, D(2026, 4, 15)), (ThreeMonths, D(2026, 6, 15)), (SixMonths, D(2026, 9, 15)), (TwelveMonths, D(2027, 3, 15))],
            FollowUpSchedule.For(type, D(2026, 3, 15), null));

    [Fact]
    public void Igu_adds_the_24_month_milestone() =>
        Assert.Equal(
            [(OneMonth, D(2026, 4, 15)), (ThreeMonths, D(2026, 6, 15)), (SixMonths, D(2026, 9, 15)), (TwelveMonths, D(2027, 3, 15)), (TwentyFourMonths, D(2028, 3, 15))],
            FollowUpSchedule.For(PlacementType.Igu, D(2026, 3, 15), D(2028, 3, 15)));

    [Fact]
    public void An_internship_is_followed_up_at_its_planned_end_and_three_months_later() =>
        Assert.Equal([(End, D(2026, 5, 31)), (EndPlusThreeMonths, D(2026, 8, 31))],
            FollowUpSchedule.For(PlacementType.Internship, D(2026, 3, 2), D(2026, 5, 31)));

    [Fact]
    public void Months_end_on_the_last_day_of_a_shorter_month()
    {
        var schedule = FollowUpSchedule.For(PlacementType.OrdinaryEmployment, D(2027, 1, 31), null).ToDictionary(m => m.Milestone, m => m.DueDate);
        Assert.Equal(D(2027, 2, 28), schedule[OneMonth]);
        Assert.Equal(D(2027, 4, 30), schedule[ThreeMonths]);
        Assert.Equal(D(2027, 7, 31), schedule[SixMonths]);
        Assert.Equal(D(2028, 1, 31), schedule[TwelveMonths]);
    }

    [Fact]
    public void In_a_leap_year_31_january_plus_a_month_is_29_february() =>
        Assert.Equal(D(2028, 2, 29), FollowUpSchedule.For(PlacementType.WageSubsidy, D(2028, 1, 31), D(2028, 6, 30))[0].DueDate);

    [Fact]
    public void From_29_february_a_year_on_is_28_february() =>
        Assert.Equal(D(2029, 2, 28), FollowUpSchedule.For(PlacementType.OrdinaryEmployment, D(2028, 2, 29), null).Single(m => m.Milestone == TwelveMonths).DueDate);

    [Fact]
    public void An_internship_ending_30_november_is_followed_up_on_28_february() =>
        Assert.Equal(D(2027, 2, 28), FollowUpSchedule.For(PlacementType.Internship, D(2026, 9, 1), D(2026, 11, 30))[1].DueDate);
}
