using PartnerCrm.Application.Statistics;

namespace PartnerCrm.Application.Tests;

public class DisclosureTests
{
    private const int MinCellSize = 5;

    [Fact]
    public void Small_counts_are_hidden_and_zeros_and_large_counts_are_shown()
    {
        var (cells, total) = Disclosure.Protect([0, 1, 4, 5, 20, 3], 33, MinCellSize);
        Assert.Equal([false, true, true, false, false, true], cells);
        Assert.False(total);
    }

    [Fact]
    public void A_single_hidden_count_in_a_row_is_joined_by_the_next_smallest()
    {
        var (cells, total) = Disclosure.Protect([12, 3, 9, 0, 30], 54, MinCellSize);
        Assert.Equal([false, true, true, false, false], cells);
        Assert.False(total);
        AssertNothingDerivable1D([12, 3, 9, 0, 30], 54, cells, total);
    }

    [Fact]
    public void A_small_total_is_hidden_and_then_protects_its_cells()
    {
        var (cells, total) = Disclosure.Protect([3, 0], 3, MinCellSize);
        Assert.Equal([true, false], cells);
        Assert.True(total);
    }

    [Fact]
    public void Nothing_hidden_means_nothing_added()
    {
        var (cells, total) = Disclosure.Protect([7, 0, 9], 16, MinCellSize);
        Assert.All(cells, Assert.False);
        Assert.False(total);
    }

    [Fact]
    public void The_threshold_comes_from_configuration()
    {
        var (cells, _) = Disclosure.Protect([3, 4, 10], 17, minCellSize: 3);
        Assert.Equal([false, false, false], cells);
    }

    [Fact]
    public void A_two_dimensional_table_hides_enough_in_every_row_and_column()
    {
        long[,] table =
        {
            { 8, 2, 9 },
            { 6, 7, 0 },
            { 0, 5, 3 },
        };
        var (rowTotals, columnTotals, total) = Margins(table);

        var protection = Disclosure.Protect(table, rowTotals, columnTotals, total, MinCellSize);

        Assert.True(protection.Cells[0, 1]);
        Assert.True(protection.Cells[2, 2]);
        Assert.False(protection.Cells[1, 2]);
        AssertNothingDerivable2D(table, rowTotals, columnTotals, protection);
    }

    [Fact]
    public void Margins_are_protected_as_their_own_one_dimensional_table()
    {
        long[,] table =
        {
            { 2, 1 },
            { 6, 9 },
            { 7, 5 },
        };
        var (rowTotals, columnTotals, total) = Margins(table);
        var protection = Disclosure.Protect(table, rowTotals, columnTotals, total, MinCellSize);

        Assert.Equal(Disclosure.Protect(rowTotals, total, MinCellSize).Cells, protection.Rows);
        Assert.Equal(Disclosure.Protect(columnTotals, total, MinCellSize).Cells, protection.Columns);
        Assert.True(protection.Rows[0]);
        AssertNothingDerivable2D(table, rowTotals, columnTotals, protection);
    }

    [Fact]
    public void A_table_that_cannot_be_protected_with_its_published_margins_hides_every_cell()
    {
        // The one-dimensional tables show every margin (5, 9 by type; 8, 6 by quarter). With the zero
        // shown, the 6 follows from its column and then the 3 from its row: no choice of cells helps.
        long[,] table =
        {
            { 5, 0 },
            { 3, 6 },
        };
        var (rowTotals, columnTotals, total) = Margins(table);
        var protection = Disclosure.Protect(table, rowTotals, columnTotals, total, MinCellSize);

        Assert.All(protection.Rows, Assert.False);
        Assert.All(protection.Columns, Assert.False);
        Assert.True(protection.Cells[0, 0] && protection.Cells[0, 1] && protection.Cells[1, 0] && protection.Cells[1, 1]);
        AssertNothingDerivable2D(table, rowTotals, columnTotals, protection);
    }

    [Fact]
    public void Random_tables_never_reveal_a_hidden_count()
    {
        var random = new Random(20261126);
        for (var round = 0; round < 150; round++)
        {
            var table = new long[random.Next(1, 4), random.Next(1, 4)];
            for (var r = 0; r < table.GetLength(0); r++)
            for (var c = 0; c < table.GetLength(1); c++)
                table[r, c] = random.Next(0, 4) == 0 ? 0 : random.Next(1, 8);
            var (rowTotals, columnTotals, total) = Margins(table);
            AssertNothingDerivable2D(table, rowTotals, columnTotals, Disclosure.Protect(table, rowTotals, columnTotals, total, MinCellSize));
        }
    }

    private static (long[] Rows, long[] Columns, long Total) Margins(long[,] table)
    {
        var rows = Enumerable.Range(0, table.GetLength(0)).Select(r => Enumerable.Range(0, table.GetLength(1)).Sum(c => table[r, c])).ToArray();
        var columns = Enumerable.Range(0, table.GetLength(1)).Select(c => Enumerable.Range(0, table.GetLength(0)).Sum(r => table[r, c])).ToArray();
        return (rows, columns, rows.Sum());
    }

    private static void AssertNothingDerivable1D(long[] counts, long total, bool[] hidden, bool totalHidden)
    {
        long[,] asTable = new long[1, counts.Length];
        for (var i = 0; i < counts.Length; i++) asTable[0, i] = counts[i];
        var protection = (Cells: new bool[1, counts.Length], Rows: new[] { totalHidden }, Columns: new bool[counts.Length], Total: totalHidden);
        for (var i = 0; i < counts.Length; i++)
        {
            protection.Cells[0, i] = hidden[i];
            protection.Columns[i] = hidden[i];
        }
        AssertNothingDerivable2D(asTable, [total], counts, protection);
    }

    /// <summary>
    /// The attacker's view: every shown number, and for every hidden count only that it is a whole number
    /// from 1 up to the largest shown total (zeros are always shown). Every hidden count must have at least two
    /// values that agree with everything shown.
    /// </summary>
    private static void AssertNothingDerivable2D(long[,] table, long[] rowTotals, long[] columnTotals, (bool[,] Cells, bool[] Rows, bool[] Columns, bool Total) shown)
    {
        int rows = table.GetLength(0), columns = table.GetLength(1);
        var unknowns = new List<(int R, int C)>();
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
            if (shown.Cells[r, c]) unknowns.Add((r, c));
        if (unknowns.Count == 0) return;

        // What bounds a hidden count is what is shown: a shown total, or else only that it is small.
        var shownTotals = rowTotals.Where((_, r) => !shown.Rows[r]).Concat(columnTotals.Where((_, c) => !shown.Columns[c]));
        var max = Math.Max(shownTotals.DefaultIfEmpty(0).Max(), MinCellSize - 1);
        // Zeros are shown, so a hidden count is at least 1 - unless the table had to hide everything, zeros too.
        long lowest = unknowns.Any(u => table[u.R, u.C] == 0) ? 0 : 1;
        var seen = unknowns.Select(_ => new HashSet<long>()).ToArray();
        var guess = new long[rows, columns];
        Array.Copy(table, guess, table.Length);

        // Unknowns are visited row by row, so a row's total is checked as soon as the row is complete.
        bool Search(int index)
        {
            if (index == unknowns.Count)
            {
                if (Consistent()) for (var i = 0; i < unknowns.Count; i++) seen[i].Add(guess[unknowns[i].R, unknowns[i].C]);
                return seen.All(values => values.Count >= 2);
            }
            var (r, c) = unknowns[index];
            for (var value = lowest; value <= max; value++)
            {
                guess[r, c] = value;
                var rowComplete = index + 1 == unknowns.Count || unknowns[index + 1].R != r;
                if (rowComplete && !shown.Rows[r] && Enumerable.Range(0, columns).Sum(col => guess[r, col]) != rowTotals[r]) continue;
                if (Search(index + 1)) return true;
            }
            return false;
        }

        bool Consistent()
        {
            for (var r = 0; r < rows; r++)
                if (!shown.Rows[r] && Enumerable.Range(0, columns).Sum(c => guess[r, c]) != rowTotals[r]) return false;
            for (var c = 0; c < columns; c++)
                if (!shown.Columns[c] && Enumerable.Range(0, rows).Sum(r => guess[r, c]) != columnTotals[c]) return false;
            return true;
        }

        Search(0);
        for (var i = 0; i < unknowns.Count; i++)
            Assert.True(seen[i].Count >= 2,
                $"Cell ({unknowns[i].R},{unknowns[i].C}) = {table[unknowns[i].R, unknowns[i].C]} can be worked out from what is shown in " +
                $"[{string.Join(" | ", Enumerable.Range(0, rows).Select(r => string.Join(",", Enumerable.Range(0, columns).Select(c => table[r, c] + (shown.Cells[r, c] ? "*" : "")))))}] " +
                $"rows hidden [{string.Join(",", shown.Rows)}] columns hidden [{string.Join(",", shown.Columns)}]");
    }

    [Fact]
    public void A_table_of_twenty_thousand_companies_each_with_one_small_count_is_protected_row_by_row()
    {
        // Every row (a company) has one small count and one large: each row needs its own second hidden
        // number, a path of 20,000 choices, which the search keeps on its own stack.
        const int rows = 20_000;
        var cells = new long[rows, 2];
        for (var r = 0; r < rows; r++) (cells[r, 0], cells[r, 1]) = (3, 100);
        var shown = Disclosure.Protect(cells, Enumerable.Repeat(103L, rows).ToArray(), [3L * rows, 100L * rows], 103L * rows, MinCellSize);

        Assert.All(Enumerable.Range(0, rows), r => Assert.True(shown.Cells[r, 0] && shown.Cells[r, 1], $"row {r}"));
        Assert.DoesNotContain(true, shown.Rows);
        Assert.DoesNotContain(true, shown.Columns);
        Assert.False(shown.Total);
    }
}
