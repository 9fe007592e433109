namespace PartnerCrm.Application.Statistics.Files;

/// <summary>A count that disclosure control hides: written as <c>&lt;5</c> (the threshold) wherever a table is shown.</summary>
public sealed record HiddenCount(int MinCellSize)
{
    public override string ToString() => $"<{MinCellSize}";
}

public enum TableLineKind
{
    /// <summary>A cell of the table: every dimension has a value.</summary>
    Cell,

    /// <summary>A margin of a two-dimensional table: one dimension has a value, the other is the total over it.</summary>
    Margin,

    /// <summary>The grand total.</summary>
    Total,
}

/// <summary>
/// One line of a published table, as every output shows it: the group values (null where the line is a
/// total over that column), then each measure (a count, or a <see cref="HiddenCount"/>), then each rate.
/// </summary>
public sealed record TableLine(TableLineKind Kind, IReadOnlyList<string?> Group, IReadOnlyList<object?> Figures);

/// <summary>The one way a statistics table is laid out flat: cells, then the margins, then the total.</summary>
public static class TableLines
{
    /// <summary>The group columns, the measure columns and the rate columns.</summary>
    public static IReadOnlyList<string> Columns(this StatisticsTable table) =>
        [.. table.GroupColumns(), .. table.Measures, .. table.Rates.Select(r => r.Name)];

    public static IReadOnlyList<TableLine> Lines(this StatisticsTable table)
    {
        var groupColumns = table.GroupColumns();
        TableLine Line(StatisticsRow row, TableLineKind kind) => new(
            kind,
            groupColumns.Select(c => row.Group.GetValueOrDefault(c)).ToList(),
            [
                .. table.Measures.Select(m => row.Figures[m] is { Suppressed: true } ? new HiddenCount(table.MinCellSize) : (object?)row.Figures[m].Value),
                .. table.Rates.Select(r => (object?)row.Rates[r.Name]),
            ]);
        return
        [
            .. table.Rows.Select(r => Line(r, TableLineKind.Cell)),
            .. table.Margins.Values.SelectMany(margin => margin.Select(r => Line(r, TableLineKind.Margin))),
            Line(table.Total, TableLineKind.Total),
        ];
    }
}
