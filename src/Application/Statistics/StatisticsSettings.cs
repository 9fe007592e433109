namespace PartnerCrm.Application.Statistics;

/// <summary><c>Statistics:MinCellSize</c>: the smallest count of persons a published table may show (default 5).</summary>
public sealed record StatisticsSettings(int MinCellSize = 5);
