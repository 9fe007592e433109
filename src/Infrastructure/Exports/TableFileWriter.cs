using System.Globalization;
using CsvHelper;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using PartnerCrm.Application.Statistics.Files;

namespace PartnerCrm.Infrastructure.Exports;

/// <summary>
/// Writes table files as CSV (RFC 4180, UTF-8 with BOM so Excel shows æøå, values starting with
/// = + - @ or a tab neutralised against formula injection) and XLSX (a styled header, column widths).
/// Rows are written as they are read, so a file of any length uses little memory.
/// </summary>
public sealed class TableFileWriter : ITableFileWriter
{
    private static readonly CsvWriterOptions Csv = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public Task WriteAsync(TableFile file, Stream output, CancellationToken cancellationToken) => file.Format switch
    {
        FileFormat.Csv => WriteCsvAsync(file, output, cancellationToken),
        _ => WriteXlsxAsync(file, output, cancellationToken),
    };

    private static async Task WriteCsvAsync(TableFile file, Stream output, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, Csv, true);
        foreach (var name in file.Header) csv.WriteField(name);
        await csv.EndRecordAsync(cancellationToken);
        var count = 0;
        await foreach (var row in file.Rows.WithCancellation(cancellationToken))
        {
            foreach (var value in row) csv.WriteField(Text(value));
            await csv.EndRecordAsync(cancellationToken);
            if (++count % 1000 == 0) await csv.FlushAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static async Task WriteXlsxAsync(TableFile file, Stream output, CancellationToken cancellationToken)
    {
        var header = file.Header;
        var configuration = new OpenXmlConfiguration
        {
            TableStyles = TableStyles.Default,
            AutoFilter = true,
            FreezeRowCount = 1,
            StyleOptions = new OpenXmlStyleOptions { HeaderStyle = new OpenXmlHeaderStyle { BackgroundColor = System.Drawing.Color.FromArgb(0xDD, 0xE6, 0xF0) } },
            DynamicColumns = header.Select((name, i) => new DynamicExcelColumn(name) { Width = Math.Clamp(name.Length + 6, 12, 40), Index = i }).ToArray(),
        };
        // Cells are written as typed values, never as formulas, so no formula-injection guard is needed here.
        var records = file.Rows.ToBlockingEnumerable(cancellationToken).Select(row => (IDictionary<string, object?>)header
            .Select((name, i) => (name, value: row[i] is HiddenCount hidden ? hidden.ToString() : row[i]))
            .ToDictionary(pair => pair.name, pair => pair.value));
        await MiniExcel.SaveAsAsync(output, records, printHeader: true, sheetName: file.Sheet, excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: cancellationToken);
    }

    private static string? Text(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
