namespace PartnerCrm.Application.Statistics;

/// <summary>
/// A table as JSON: <c>{ from, to, groupBy, minCellSize, rows: [ { group, &lt;measure&gt;, …, suppressed } ], total, margins }</c>;
/// a hidden count is <c>null</c> and its row says <c>suppressed: true</c>.
/// </summary>
public sealed record StatisticsJson(
    DateOnly? From,
    DateOnly To,
    IReadOnlyList<string> GroupBy,
    int MinCellSize,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows,
    IReadOnlyDictionary<string, object?> Total,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Margins)
{
    /// <summary><c>from</c> is null when the period starts with the first placement.</summary>
    public static StatisticsJson Of(StatisticsTable table) => new(
        table.From == DateOnly.MinValue ? null : table.From,
        table.To,
        table.GroupBy,
        table.MinCellSize,
        table.Rows.Select(Row).ToList(),
        Row(table.Total),
        table.Margins.ToDictionary(m => m.Key, m => (IReadOnlyList<IReadOnlyDictionary<string, object?>>)m.Value.Select(Row).ToList()));

    private static IReadOnlyDictionary<string, object?> Row(StatisticsRow row)
    {
        var json = new Dictionary<string, object?>();
        if (row.Group.Count > 0) json["group"] = row.Group;
        foreach (var (measure, figure) in row.Figures) json[measure] = figure.Value;
        foreach (var (rate, value) in row.Rates) json[rate] = value;
        json["suppressed"] = row.Suppressed;
        return json;
    }
}
