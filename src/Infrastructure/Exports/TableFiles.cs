using System.Globalization;
using CsvHelper;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using PartnerCrm.Application.Statistics;

namespace PartnerCrm.Infrastructure.Exports;

/// <summary>
/// Writes tables and row streams as CSV (RFC 4180, UTF-8 with BOM so Excel shows æøå, values starting
/// with = + - @ or a tab neutralised against formula injection) and XLSX (a styled header, column widths).
/// A hidden count is written as <c>&lt;5</c> (the threshold).
/// </summary>
public static class TableFiles
{
    public static readonly CsvWriterOptions Csv = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<string> header, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, Csv, true);
        foreach (var name in header) csv.WriteField(name);
        await csv.EndRecordAsync(cancellationToken);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var value in row) csv.WriteField(Text(value));
            await csv.EndRecordAsync(cancellationToken);
            if (++count % 1000 == 0) await csv.FlushAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    public static async Task WriteXlsxAsync(Stream output, string sheet, IReadOnlyList<string> header, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var configuration = new OpenXmlConfiguration
        {
            TableStyles = TableStyles.Default,
            AutoFilter = true,
            FreezeRowCount = 1,
            StyleOptions = new OpenXmlStyleOptions { HeaderStyle = new OpenXmlHeaderStyle { BackgroundColor = System.Drawing.Color.FromArgb(0xDD, 0xE6, 0xF0) } },
            DynamicColumns = header.Select((name, i) => new DynamicExcelColumn(name) { Width = Math.Clamp(name.Length + 6, 12, 40), Index = i }).ToArray(),
        };
        // Cells are written as typed values, never as formulas, so no formula-injection guard is needed here.
        var records = rows.Select(row => (IDictionary<string, object?>)header.Select((name, i) => (name, value: row[i]))
            .ToDictionary(pair => pair.name, pair => pair.value));
        await MiniExcel.SaveAsAsync(output, records, printHeader: true, sheetName: sheet, excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: cancellationToken);
    }

    /// <summary>The header and rows of a statistics table: its dimensions (and their names), then its measures.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows) Flatten(StatisticsTable table)
    {
        var groupColumns = table.GroupColumns();
        var header = groupColumns.Concat(table.Measures).Concat(table.Rates.Select(r => r.Name)).ToList();
        object?[] Line(StatisticsRow row, string? label) =>
            groupColumns.Select(c => (object?)(row.Group.TryGetValue(c, out var v) ? v : label))
                .Concat(table.Measures.Select(m => (object?)Shown(row.Figures[m], table.MinCellSize)))
                .Concat(table.Rates.Select(r => (object?)row.Rates[r.Name]))
                .ToArray();
        var rows = table.Rows.Select(r => Line(r, null))
            .Concat(table.Margins.Values.SelectMany(margin => margin.Select(r => Line(r, "Total"))))
            .Append(Line(table.Total, "Total"))
            .ToList();
        return (header, rows);
    }

    private static object? Shown(Figure figure, int minCellSize) => figure.Suppressed ? $"<{minCellSize}" : figure.Value;

    private static string? Text(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
