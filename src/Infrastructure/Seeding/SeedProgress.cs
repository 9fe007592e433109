namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>
/// A progress bar on standard error for one table: redrawn in place on a terminal, one line every 10 % when the
/// output goes to a file or a pipe, so logs stay readable.
/// </summary>
internal sealed class SeedProgress
{
    private const int Width = 30;
    private readonly TextWriter _out;
    private readonly bool _terminal;
    private readonly string _table;
    private readonly long _expected;
    private readonly long _step;
    private long _next;

    public SeedProgress(TextWriter output, bool terminal, string table, long expected)
    {
        _out = output;
        _terminal = terminal;
        _table = table;
        _expected = Math.Max(1, expected);
        _step = terminal ? Math.Max(1, _expected / 200) : Math.Max(1, _expected / 10);
        _next = _step;
    }

    public void Advance(long rows)
    {
        if (rows < _next) return;
        _next += _step;
        Draw(rows);
    }

    public void Done(long rows, TimeSpan elapsed)
    {
        if (_terminal) _out.Write('\r');
        _out.WriteLine($"{_table,-18} {Bar(1)} {rows,12:N0} rows  {elapsed.TotalSeconds,6:F1} s");
    }

    /// <summary>A step that is not counted in rows is done.</summary>
    public void Done(TimeSpan elapsed)
    {
        if (_terminal) _out.Write('\r');
        _out.WriteLine($"{_table,-18} {Bar(1)} {"",17}  {elapsed.TotalSeconds,6:F1} s");
    }

    public void Note(string text)
    {
        if (_terminal) _out.Write($"\r{_table,-18} {text,-60}");
        else _out.WriteLine($"{_table,-18} {text}");
    }

    private void Draw(long rows)
    {
        var share = Math.Min(1.0, (double)rows / _expected);
        if (_terminal) _out.Write($"\r{_table,-18} {Bar(share)} {rows,12:N0} rows");
        else _out.WriteLine($"{_table,-18} {share,4:P0} {rows,12:N0} rows");
    }

    private static string Bar(double share)
    {
        var filled = (int)Math.Round(share * Width);
        return "[" + new string('#', filled) + new string('.', Width - filled) + "]";
    }
}
