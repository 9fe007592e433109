namespace PartnerCrm.Application.Statistics;

/// <summary>
/// <c>Statistics:MinCellSize</c>: the smallest count of persons a published table may show (default 5).
/// <c>Statistics:MaxCells</c>: the most cells a table may have (default 20,000; see <see cref="TableSize"/>).
/// </summary>
public sealed record StatisticsSettings(int MinCellSize = 5, int MaxCells = TableSize.DefaultMaxCells);
