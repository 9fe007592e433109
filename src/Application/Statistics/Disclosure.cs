namespace PartnerCrm.Application.Statistics;

/// <summary>
/// Statistical disclosure control for tables that count persons.
/// <para>
/// Primary suppression hides every count from 1 to <c>minCellSize − 1</c>; zeros are always shown.
/// Secondary suppression then makes sure that no hidden number can be worked out by subtraction: a table
/// is a set of lines (each row with its row total, each column with its column total, the row totals with
/// the grand total, the column totals with the grand total), and no line may have exactly one hidden
/// number. Where one has, another number of that line is hidden: the smallest non-zero count first,
/// a total only when no count will do. The choice is searched (with backtracking), so hiding a number to
/// protect one line never leaves another line with a single hidden number.
/// </para>
/// <para>
/// Margins start out exactly as the one-dimensional table of that dimension shows them. In rare tables
/// a two-dimensional table must hide a margin that the one-dimensional table shows; docs/statistics.md
/// says so.
/// </para>
/// </summary>
public static class Disclosure
{
    private const int SearchBudget = 100_000;

    /// <summary>A one-dimensional table: which counts (and whether the total) must be hidden.</summary>
    public static (bool[] Cells, bool Total) Protect(IReadOnlyList<long> counts, long total, int minCellSize)
    {
        var values = counts.Append(total).ToArray();
        var hidden = values.Select(value => IsSmall(value, minCellSize)).ToArray();
        var line = new Line(Enumerable.Range(0, counts.Count).ToArray(), counts.Count);
        Solve(values, hidden, [line], cellCount: counts.Count);
        return (hidden[..counts.Count], hidden[counts.Count]);
    }

    /// <summary>
    /// A two-dimensional table of <paramref name="cells"/> (rows × columns), with its row totals, column
    /// totals and grand total. Returns which cells and totals must be hidden.
    /// </summary>
    public static (bool[,] Cells, bool[] Rows, bool[] Columns, bool Total) Protect(
        long[,] cells, long[] rowTotals, long[] columnTotals, long total, int minCellSize)
    {
        int rows = cells.GetLength(0), columns = cells.GetLength(1);
        int Cell(int r, int c) => r * columns + c;
        var rowTotal = rows * columns;
        var columnTotal = rowTotal + rows;
        var grandTotal = columnTotal + columns;

        var values = new long[grandTotal + 1];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
            values[Cell(r, c)] = cells[r, c];
        rowTotals.CopyTo(values, rowTotal);
        columnTotals.CopyTo(values, columnTotal);
        values[grandTotal] = total;

        var hidden = values.Select(value => IsSmall(value, minCellSize)).ToArray();
        var (rowsHidden, totalHidden) = Protect(rowTotals, total, minCellSize);
        var (columnsHidden, _) = Protect(columnTotals, total, minCellSize);
        rowsHidden.CopyTo(hidden, rowTotal);
        columnsHidden.CopyTo(hidden, columnTotal);
        hidden[grandTotal] = totalHidden;

        var lines = new List<Line>();
        for (var r = 0; r < rows; r++) lines.Add(new Line(Enumerable.Range(0, columns).Select(c => Cell(r, c)).ToArray(), rowTotal + r));
        for (var c = 0; c < columns; c++) lines.Add(new Line(Enumerable.Range(0, rows).Select(r => Cell(r, c)).ToArray(), columnTotal + c));
        lines.Add(new Line(Enumerable.Range(rowTotal, rows).ToArray(), grandTotal));
        lines.Add(new Line(Enumerable.Range(columnTotal, columns).ToArray(), grandTotal));
        Solve(values, hidden, lines, cellCount: rows * columns);

        var hiddenCells = new bool[rows, columns];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
            hiddenCells[r, c] = hidden[Cell(r, c)];
        return (hiddenCells, hidden[rowTotal..columnTotal], hidden[columnTotal..grandTotal], hidden[grandTotal]);
    }

    private static bool IsSmall(long count, int minCellSize) => count >= 1 && count < minCellSize;

    /// <summary>Numbers that add up to a total shown (or hidden) beside them.</summary>
    private sealed record Line(int[] Members, int Total)
    {
        public IEnumerable<int> Items => Members.Append(Total);
    }

    /// <summary>
    /// Hides numbers until no line has exactly one hidden number. When the search runs out of budget
    /// (only on large, awkward tables) every non-zero count is hidden: safe, if not useful.
    /// </summary>
    private static void Solve(long[] values, bool[] hidden, IReadOnlyList<Line> lines, int cellCount)
    {
        var budget = SearchBudget;
        if (Search(values, hidden, lines, cellCount, ref budget)) return;
        for (var i = 0; i < values.Length; i++) hidden[i] |= values[i] > 0;
    }

    private static bool Search(long[] values, bool[] hidden, IReadOnlyList<Line> lines, int cellCount, ref int budget)
    {
        if (--budget < 0) return false;
        var exposed = lines.FirstOrDefault(line => line.Items.Count(i => hidden[i]) == 1);
        if (exposed is null) return true;

        var candidates = exposed.Items
            .Where(i => !hidden[i] && values[i] > 0)
            .OrderBy(i => i < cellCount ? 0 : 1)
            .ThenBy(i => values[i])
            .ThenBy(i => i)
            .ToList();
        foreach (var candidate in candidates)
        {
            hidden[candidate] = true;
            if (Search(values, hidden, lines, cellCount, ref budget)) return true;
            hidden[candidate] = false;
            if (budget < 0) return false;
        }
        return false;
    }
}
