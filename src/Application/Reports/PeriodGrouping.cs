using PartnerCrm.Application.Statistics;

namespace PartnerCrm.Application.Reports;

/// <summary>
/// How finely the report counts placements over time: per quarter, unless most of the quarter chart's cells
/// (its segments and its bars) would be hidden by disclosure control; then per half-year, then per year.
/// Persons are counted distinct, so a coarser period is counted anew, never summed from finer ones.
/// </summary>
public static class PeriodGrouping
{
    /// <summary>From finest to coarsest.</summary>
    public static readonly IReadOnlyList<string> Steps = [Dimensions.Quarter, Dimensions.HalfYear, Dimensions.Year];

    /// <summary>The share of a period table's cells and period bars that may not be shown (0 for an empty table).</summary>
    public static double HiddenShare(StatisticsTable table, string period)
    {
        var cells = table.Rows.Concat(table.Margins.GetValueOrDefault(period) ?? []).ToList();
        return cells.Count == 0 ? 0 : (double)cells.Count(c => c.Suppressed) / cells.Count;
    }

    /// <summary>True when more than half of the table's cells would be hidden: a coarser period says more.</summary>
    public static bool MostlyHidden(StatisticsTable table, string period) => HiddenShare(table, period) > 0.5;

    /// <summary>
    /// The finest period whose table is not mostly hidden, counted by <paramref name="countAsync"/>; the
    /// coarsest (year) when every step is.
    /// </summary>
    public static async Task<(string Period, StatisticsTable Table)> ChooseAsync(Func<string, Task<StatisticsTable>> countAsync)
    {
        foreach (var period in Steps)
        {
            var table = await countAsync(period);
            if (period == Steps[^1] || !MostlyHidden(table, period)) return (period, table);
        }
        throw new InvalidOperationException("Unreachable: the last step is always chosen.");
    }
}
