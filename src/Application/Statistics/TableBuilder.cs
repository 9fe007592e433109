namespace PartnerCrm.Application.Statistics;

/// <summary>Turns grouping-set counts into a published table, each measure under disclosure control.</summary>
public static class TableBuilder
{
    public static StatisticsTable Build(
        DateOnly from, DateOnly to, IReadOnlyList<string> groupBy, int minCellSize, IReadOnlyList<string> measures, IReadOnlyList<GroupCounts> groups,
        IReadOnlyList<Rate>? rates = null)
    {
        rates ??= [];
        bool GroupsBy(GroupCounts g, string dimension) => g.Key.TryGetValue(dimension, out var value) && value is not null;
        var cells = groups.Where(g => groupBy.Count > 0 && groupBy.All(d => GroupsBy(g, d))).OrderBy(g => string.Join("\u0001", groupBy.Select(d => g.Key[d]))).ToList();
        var total = groups.SingleOrDefault(g => groupBy.All(d => !GroupsBy(g, d)))
            ?? new GroupCounts(new Dictionary<string, string?>(), new Dictionary<string, string?>(), measures.ToDictionary(m => m, _ => 0L));

        var cellHidden = measures.ToDictionary(m => m, _ => new bool[cells.Count]);
        var totalHidden = measures.ToDictionary(m => m, _ => false);
        var margins = new Dictionary<string, IReadOnlyList<StatisticsRow>>();

        if (groupBy.Count <= 1)
        {
            foreach (var measure in measures)
                (cellHidden[measure], totalHidden[measure]) = Disclosure.Protect(cells.Select(c => c.Counts[measure]).ToArray(), total.Counts[measure], minCellSize);
        }
        else
        {
            var (a, b) = (groupBy[0], groupBy[1]);
            var rowsOf = groups.Where(g => GroupsBy(g, a) && !GroupsBy(g, b)).OrderBy(g => g.Key[a]).ToList();
            var columnsOf = groups.Where(g => GroupsBy(g, b) && !GroupsBy(g, a)).OrderBy(g => g.Key[b]).ToList();
            var rowIndex = rowsOf.Select((g, i) => (g.Key[a]!, i)).ToDictionary();
            var columnIndex = columnsOf.Select((g, i) => (g.Key[b]!, i)).ToDictionary();

            // Every combination is a row, zeros included: a missing row would say "0" by itself, even where
            // the table has to hide zeros.
            var present = cells.Select(c => (c.Key[a], c.Key[b])).ToHashSet();
            cells = cells
                .Concat(from row in rowsOf from column in columnsOf
                        where !present.Contains((row.Key[a], column.Key[b]))
                        select new GroupCounts(
                            new Dictionary<string, string?> { [a] = row.Key[a], [b] = column.Key[b] },
                            row.Labels.Concat(column.Labels).ToDictionary(),
                            measures.ToDictionary(m => m, _ => 0L)))
                .OrderBy(g => string.Join("\u0001", groupBy.Select(d => g.Key[d])))
                .ToList();
            foreach (var measure in measures) cellHidden[measure] = new bool[cells.Count];
            var rowHidden = new Dictionary<string, bool[]>();
            var columnHidden = new Dictionary<string, bool[]>();
            foreach (var measure in measures)
            {
                var grid = new long[rowsOf.Count, columnsOf.Count];
                foreach (var cell in cells) grid[rowIndex[cell.Key[a]!], columnIndex[cell.Key[b]!]] = cell.Counts[measure];
                var protection = Disclosure.Protect(grid, rowsOf.Select(g => g.Counts[measure]).ToArray(),
                    columnsOf.Select(g => g.Counts[measure]).ToArray(), total.Counts[measure], minCellSize);
                cellHidden[measure] = cells.Select(c => protection.Cells[rowIndex[c.Key[a]!], columnIndex[c.Key[b]!]]).ToArray();
                rowHidden[measure] = protection.Rows;
                columnHidden[measure] = protection.Columns;
                totalHidden[measure] = protection.Total;
            }
            margins[a] = rowsOf.Select((g, i) => Row(g, [a], measures, rates, m => rowHidden[m][i])).ToList();
            margins[b] = columnsOf.Select((g, i) => Row(g, [b], measures, rates, m => columnHidden[m][i])).ToList();
        }

        var rows = cells.Select((g, i) => Row(g, groupBy, measures, rates, m => cellHidden[m][i])).ToList();
        return new StatisticsTable(from, to, groupBy, minCellSize, measures, rates, rows, margins, Row(total, [], measures, rates, m => totalHidden[m]));
    }

    private static StatisticsRow Row(
        GroupCounts group, IReadOnlyList<string> dimensions, IReadOnlyList<string> measures, IReadOnlyList<Rate> rates, Func<string, bool> hidden)
    {
        var key = new Dictionary<string, string?>();
        foreach (var dimension in dimensions)
        {
            key[dimension] = group.Key[dimension];
            if (group.Labels.TryGetValue(dimension, out var label) && label is not null) key[dimension + "Name"] = label;
        }
        var figures = measures.ToDictionary(m => m, m => Figure.Of(group.Counts[m], hidden(m)));
        return new StatisticsRow(key, figures, rates.ToDictionary(r => r.Name, r => r.Of(figures)));
    }
}
