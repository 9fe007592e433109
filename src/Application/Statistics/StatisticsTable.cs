namespace PartnerCrm.Application.Statistics;

/// <summary>A count after disclosure control: the number, or null with <see cref="Suppressed"/> when it must not be shown.</summary>
public sealed record Figure(long? Value, bool Suppressed)
{
    public static Figure Of(long value, bool hidden) => hidden ? new Figure(null, true) : new Figure(value, false);
}

public sealed record StatisticsRow(IReadOnlyDictionary<string, string?> Group, IReadOnlyDictionary<string, Figure> Figures)
{
    public bool Suppressed => Figures.Values.Any(f => f.Suppressed);
}

/// <summary>A published table: its rows, the margins of each dimension (two-dimensional tables) and the total.</summary>
public sealed record StatisticsTable(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> GroupBy,
    int MinCellSize,
    IReadOnlyList<string> Measures,
    IReadOnlyList<StatisticsRow> Rows,
    IReadOnlyDictionary<string, IReadOnlyList<StatisticsRow>> Margins,
    StatisticsRow Total);
