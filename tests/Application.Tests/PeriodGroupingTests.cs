using PartnerCrm.Application.Reports;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.PlacementStatistics;

namespace PartnerCrm.Application.Tests;

/// <summary>The report counts per quarter unless most of the quarter chart would be hidden; then per half-year, then per year.</summary>
public class PeriodGroupingTests
{
    private const int MinCellSize = 5;

    /// <summary>Placements (one person each) of one scheme on the given start dates, counted per type and period as the store would.</summary>
    private static StatisticsTable Count(IReadOnlyList<DateOnly> starts, string period)
    {
        string PeriodOf(DateOnly d) => period switch
        {
            Dimensions.Quarter => $"{d.Year}-Q{(d.Month - 1) / 3 + 1}",
            Dimensions.HalfYear => $"{d.Year}-H{(d.Month - 1) / 6 + 1}",
            _ => $"{d.Year}",
        };
        GroupCounts Group(Dictionary<string, string?> key, long count) =>
            new(key, new Dictionary<string, string?>(), new Dictionary<string, long> { ["placements"] = count, ["candidates"] = count });
        var groups = starts.GroupBy(PeriodOf).SelectMany(g => new[]
            {
                Group(new() { [Dimensions.Type] = "internship", [period] = g.Key }, g.Count()),
                Group(new() { [period] = g.Key }, g.Count()),
            })
            .Append(Group(new() { [Dimensions.Type] = "internship" }, starts.Count))
            .Append(Group([], starts.Count))
            .ToList();
        return TableBuilder.Build(new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31), [Dimensions.Type, period], MinCellSize, PlacementStatisticsQueryHandler.Measures, groups);
    }

    /// <summary><paramref name="perQuarter"/> placements in each quarter of 2025 and 2026.</summary>
    private static List<DateOnly> Spread(int perQuarter) =>
        [.. from year in new[] { 2025, 2026 } from quarter in Enumerable.Range(0, 4) from n in Enumerable.Range(0, perQuarter) select new DateOnly(year, quarter * 3 + 1, 10 + n)];

    private static Task<(string Period, StatisticsTable Table)> ChooseAsync(List<DateOnly> starts) =>
        PeriodGrouping.ChooseAsync(period => Task.FromResult(Count(starts, period)));

    [Fact]
    public async Task Gentofte_scale_data_is_shown_per_year_when_quarters_and_half_years_are_mostly_hidden()
    {
        var starts = Spread(2); // 16 placements: 2 a quarter, 4 a half-year, 8 a year
        Assert.True(PeriodGrouping.MostlyHidden(Count(starts, Dimensions.Quarter), Dimensions.Quarter));
        Assert.True(PeriodGrouping.MostlyHidden(Count(starts, Dimensions.HalfYear), Dimensions.HalfYear));
        var (period, table) = await ChooseAsync(starts);
        Assert.Equal(Dimensions.Year, period);
        Assert.Equal([8L, 8L], table.Margins[Dimensions.Year].Select(r => r.Figures["placements"].Value));
    }

    [Fact]
    public async Task Three_a_quarter_are_shown_per_half_year()
    {
        var (period, table) = await ChooseAsync(Spread(3));
        Assert.Equal(Dimensions.HalfYear, period);
        Assert.Equal(["2025-H1", "2025-H2", "2026-H1", "2026-H2"], table.Margins[Dimensions.HalfYear].Select(r => r.Group[Dimensions.HalfYear]));
        Assert.All(table.Margins[Dimensions.HalfYear], r => Assert.Equal(6L, r.Figures["placements"].Value));
    }

    [Fact]
    public async Task Enough_placements_are_shown_per_quarter_and_an_empty_period_too()
    {
        Assert.Equal(Dimensions.Quarter, (await ChooseAsync(Spread(6))).Period);
        Assert.Equal(Dimensions.Quarter, (await ChooseAsync([])).Period);
        Assert.Equal(0, PeriodGrouping.HiddenShare(Count([], Dimensions.Quarter), Dimensions.Quarter));
    }

    [Theory]
    [InlineData("2026-H1", "da-DK", "1. halvår 2026")]
    [InlineData("2026-H2", "en-GB", "H2 2026")]
    public void A_half_year_reads_in_the_language(string value, string culture, string words) =>
        Assert.Equal(words, Statistics.Texts.StatisticsLabels.Value(Dimensions.HalfYear, value, null, System.Globalization.CultureInfo.GetCultureInfo(culture)));
}
