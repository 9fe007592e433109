namespace PartnerCrm.Application.Statistics;

/// <summary>A count after disclosure control: the number, or null with <see cref="Suppressed"/> when it must not be shown.</summary>
public sealed record Figure(long? Value, bool Suppressed)
{
    public static Figure Of(long value, bool hidden) => hidden ? new Figure(null, true) : new Figure(value, false);
}

public sealed record StatisticsRow(
    IReadOnlyDictionary<string, string?> Group,
    IReadOnlyDictionary<string, Figure> Figures,
    IReadOnlyDictionary<string, decimal?> Rates)
{
    public bool Suppressed => Figures.Values.Any(f => f.Suppressed);
}

/// <summary>
/// A share of two counts, rounded to 3 decimals: the sum of <paramref name="Numerators"/> over
/// <paramref name="Denominator"/>. It is null when any count it uses is hidden, or the denominator is 0.
/// </summary>
public sealed record Rate(string Name, IReadOnlyList<string> Numerators, string Denominator)
{
    public decimal? Of(IReadOnlyDictionary<string, Figure> figures)
    {
        var parts = Numerators.Append(Denominator).Select(m => figures[m]).ToList();
        if (parts.Any(f => f.Suppressed) || figures[Denominator].Value is null or 0) return null;
        return Math.Round((decimal)Numerators.Sum(m => figures[m].Value!.Value) / figures[Denominator].Value!.Value, 3);
    }
}

/// <summary>A published table: its rows, the margins of each dimension (two-dimensional tables) and the total.</summary>
public sealed record StatisticsTable(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> GroupBy,
    int MinCellSize,
    IReadOnlyList<string> Measures,
    IReadOnlyList<Rate> Rates,
    IReadOnlyList<StatisticsRow> Rows,
    IReadOnlyDictionary<string, IReadOnlyList<StatisticsRow>> Margins,
    StatisticsRow Total)
{
    /// <summary>The columns that name a group: each dimension, followed by its name column (industryName, companyName) where rows carry one.</summary>
    public IReadOnlyList<string> GroupColumns()
    {
        var named = Rows.Concat(Margins.Values.SelectMany(m => m)).SelectMany(r => r.Group.Keys).ToHashSet();
        return GroupBy.SelectMany(d => named.Contains(d + "Name") ? new[] { d, d + "Name" } : [d]).ToList();
    }
}
