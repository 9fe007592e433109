namespace PartnerCrm.Application.Statistics;

/// <summary>
/// Statistical disclosure control for tables that count persons.
/// <para>
/// Primary suppression hides every count from 1 to <c>minCellSize − 1</c>; zeros are always shown.
/// Secondary suppression then makes sure that no hidden number can be worked out by subtraction: a table
/// is a set of lines (each row with its row total, each column with its column total, the row totals with
/// the grand total, the column totals with the grand total), and no line may have exactly one hidden
/// number. Where one has, another number of that line is hidden: the smallest non-zero count first.
/// The choice is searched (with backtracking), so hiding a number to protect one line never leaves
/// another line with a single hidden number.
/// </para>
/// <para>
/// Margins are exactly what the one-dimensional table of that dimension shows, and a two-dimensional
/// table never hides more of them: otherwise the one-dimensional table would give away what the
/// two-dimensional one hides. When a table cannot be protected that way, every one of its cells is
/// hidden, zeros included, and only its margins remain.
/// </para>
/// </summary>
public static class Disclosure
{
    private const int SearchBudget = 100_000;

    /// <summary>A one-dimensional table: which counts (and whether the total) must be hidden.</summary>
    public static (bool[] Cells, bool Total) Protect(IReadOnlyList<long> counts, long total, int minCellSize)
    {
        var values = counts.Append(total).ToArray();
        var hidden = values.Select(value => MustHide(value, minCellSize)).ToArray();
        var line = new Line(Enumerable.Range(0, counts.Count).ToArray(), counts.Count);
        if (!Solve(values, hidden, [line], hideable: _ => true))
            for (var i = 0; i < values.Length; i++) hidden[i] |= values[i] > 0;
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

        var hidden = values.Select(value => MustHide(value, minCellSize)).ToArray();
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
        if (!Solve(values, hidden, lines, hideable: i => i < rowTotal))
            for (var i = 0; i < rowTotal; i++) hidden[i] = true;

        var hiddenCells = new bool[rows, columns];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
            hiddenCells[r, c] = hidden[Cell(r, c)];
        return (hiddenCells, hidden[rowTotal..columnTotal], hidden[columnTotal..grandTotal], hidden[grandTotal]);
    }

    /// <summary>The primary rule: a count of persons from 1 to <c>minCellSize − 1</c> is never shown.</summary>
    public static bool MustHide(long count, int minCellSize) => count >= 1 && count < minCellSize;

    /// <summary>Numbers that add up to a total shown (or hidden) beside them.</summary>
    private sealed record Line(int[] Members, int Total)
    {
        public IEnumerable<int> Items => Members.Append(Total);
    }

    /// <summary>
    /// Hides numbers (only those <paramref name="hideable"/> allows) until no line has exactly one hidden
    /// number. False when that cannot be done, or the search runs out of budget on a large, awkward table.
    /// </summary>
    private static bool Solve(long[] values, bool[] hidden, IReadOnlyList<Line> lines, Func<int, bool> hideable)
    {
        var start = (bool[])hidden.Clone();
        if (new Suppression(values, hidden, lines, hideable).Search()) return true;
        start.CopyTo(hidden, 0);
        return false;
    }

    /// <summary>
    /// The search for secondary suppression, depth first with backtracking: take the first line with exactly
    /// one hidden number, hide one of its other numbers (the smallest non-zero first), and go on; undo and try
    /// the next when that leads nowhere. Each line keeps its count of hidden numbers, so hiding one updates
    /// only its own lines, and the lines with exactly one hidden number are kept in order: a step costs the
    /// size of its line, not of the table, and memory grows with the table, so wide tables (thousands of
    /// companies) are protected in well under a second. The search keeps its own stack, not the thread's.
    /// </summary>
    private sealed class Suppression
    {
        private readonly long[] _values;
        private readonly bool[] _hidden;
        private readonly IReadOnlyList<Line> _lines;
        private readonly Func<int, bool> _hideable;
        private readonly List<int>[] _linesOf;
        private readonly int[] _hiddenIn;
        private readonly SortedSet<int> _exposed = [];

        public Suppression(long[] values, bool[] hidden, IReadOnlyList<Line> lines, Func<int, bool> hideable)
        {
            (_values, _hidden, _lines, _hideable) = (values, hidden, lines, hideable);
            _linesOf = new List<int>[values.Length];
            for (var i = 0; i < values.Length; i++) _linesOf[i] = [];
            _hiddenIn = new int[lines.Count];
            for (var l = 0; l < lines.Count; l++)
                foreach (var item in lines[l].Items)
                {
                    _linesOf[item].Add(l);
                    if (hidden[item]) _hiddenIn[l]++;
                }
            for (var l = 0; l < lines.Count; l++)
                if (_hiddenIn[l] == 1) _exposed.Add(l);
        }

        public bool Search()
        {
            var budget = SearchBudget;
            var path = new Stack<Step>();
            while (true)
            {
                if (--budget < 0) return false;
                if (_exposed.Count == 0) return true;
                path.Push(new Step(_lines[_exposed.Min].Items
                    .Where(i => !_hidden[i] && _values[i] > 0 && _hideable(i))
                    .OrderBy(i => _values[i])
                    .ThenBy(i => i)
                    .ToList()));
                while (true)
                {
                    var step = path.Peek();
                    if (step.Chosen >= 0)
                    {
                        Show(step.Chosen);
                        step.Chosen = -1;
                        if (budget < 0) return false;
                    }
                    if (step.Next < step.Candidates.Count)
                    {
                        step.Chosen = step.Candidates[step.Next++];
                        Hide(step.Chosen);
                        break;
                    }
                    path.Pop();
                    if (path.Count == 0) return false;
                }
            }
        }

        private void Hide(int item)
        {
            _hidden[item] = true;
            foreach (var line in _linesOf[item])
            {
                var count = ++_hiddenIn[line];
                if (count == 1) _exposed.Add(line);
                else if (count == 2) _exposed.Remove(line);
            }
        }

        private void Show(int item)
        {
            _hidden[item] = false;
            foreach (var line in _linesOf[item])
            {
                var count = --_hiddenIn[line];
                if (count == 1) _exposed.Add(line);
                else if (count == 0) _exposed.Remove(line);
            }
        }

        /// <summary>One hidden number on the path: the numbers its line offered, and which is tried now.</summary>
        private sealed class Step(List<int> candidates)
        {
            public List<int> Candidates { get; } = candidates;
            public int Next { get; set; }
            public int Chosen { get; set; } = -1;
        }
    }
}
