using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.Statistics;

/// <summary>What bounds the values of the groupings: the companies in the register and the first placement's start (none: nothing to count).</summary>
public sealed record TableBounds(long Companies, DateOnly? FirstStart);

/// <summary>
/// How large a table may be. A table of two groupings lists every combination of their values, so company ×
/// month over ten years would be millions of cells: no one reads them, and they would fill the server's memory.
/// A table that could have more than <see cref="StatisticsSettings.MaxCells"/> cells is refused (422
/// <c>tableTooLarge</c>) before anything is counted. "Could have" is the product of what bounds each grouping:
/// the companies in the register, the periods from the first placement (or <c>from</c>) to <c>to</c>, and the
/// values the other groupings can take. The row-level export has no such limit.
/// </summary>
public static class TableSize
{
    public const int DefaultMaxCells = 20_000;

    /// <summary>Countries of origin: ISO 3166-1 has 249 codes.</summary>
    private const int Countries = 249;

    public static long MostCells(DateOnly from, DateOnly to, IReadOnlyList<string> groupBy, TableBounds bounds)
    {
        if (bounds.FirstStart is not { } first) return 0;
        var start = first > from ? first : from;
        var months = Math.Max(0, (to.Year - start.Year) * 12 + to.Month - start.Month + 1);
        long Values(string dimension) => dimension switch
        {
            Dimensions.Company => bounds.Companies,
            Dimensions.Month => months,
            Dimensions.Quarter => (to.Year * 4 + (to.Month - 1) / 3) - (start.Year * 4 + (start.Month - 1) / 3) + 1,
            Dimensions.HalfYear => (to.Year * 2 + (to.Month - 1) / 6) - (start.Year * 2 + (start.Month - 1) / 6) + 1,
            Dimensions.Year => to.Year - start.Year + 1,
            Dimensions.Type => Enum.GetValues<PlacementType>().Length,
            Dimensions.Industry => Industries.Divisions.Count + 1,
            Dimensions.CountryOfOrigin => Countries,
            Dimensions.Gender => Enum.GetValues<Gender>().Length,
            Dimensions.AgeBand => AgeBands.Bands.Count,
            Dimensions.DanishTrack => Enum.GetValues<DanishTrack>().Length + 1,
            Dimensions.ResidenceBasis => Enum.GetValues<ResidenceBasis>().Length,
            _ => throw new ArgumentOutOfRangeException(nameof(groupBy), dimension, "Not a dimension."),
        };
        return months == 0 ? 0 : groupBy.Aggregate(1L, (cells, dimension) => cells * Math.Max(0, Values(dimension)));
    }

    /// <exception cref="DomainRuleException">tableTooLarge.</exception>
    public static void Ensure(DateOnly from, DateOnly to, IReadOnlyList<string> groupBy, TableBounds bounds, int maxCells)
    {
        var cells = MostCells(from, to, groupBy, bounds);
        if (cells > maxCells)
            throw new DomainRuleException("tableTooLarge",
                $"The table could have {cells:N0} cells; at most {maxCells:N0} are made. Choose a shorter period, a coarser " +
                "grouping (year instead of month) or one grouping, or use the row-level export.");
    }
}
