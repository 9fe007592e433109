using System.Globalization;
using CsvHelper;
using PartnerCrm.Application.Statistics.Files;

namespace PartnerCrm.Infrastructure.Exports;

/// <summary>
/// Writes table files as CSV (RFC 4180, UTF-8 with BOM so Excel shows æøå, values starting with
/// = + - @ or a tab neutralised against formula injection) and XLSX (<see cref="XlsxTableWriter"/>).
/// CSV separates fields with <c>,</c> and writes a decimal point for programs, or with <c>;</c> and a
/// decimal comma for spreadsheets set up for Danish. Rows are written as they are read, so a file of any
/// length uses little memory.
/// </summary>
public sealed class TableFileWriter : ITableFileWriter
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static readonly CsvWriterOptions CommaCsv = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly CsvWriterOptions SemicolonCsv = new()
    {
        Separator = ';',
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        FormatProvider = Danish,
    };

    public Task WriteAsync(TableFile file, Stream output, CancellationToken cancellationToken) => file.Format switch
    {
        FileFormat.Csv => WriteCsvAsync(file, output, cancellationToken),
        _ => XlsxTableWriter.WriteAsync(file, output, cancellationToken),
    };

    private static async Task WriteCsvAsync(TableFile file, Stream output, CancellationToken cancellationToken)
    {
        var semicolon = file.Delimiter == CsvDelimiter.Semicolon;
        await using var csv = CsvWriter.Create(output, semicolon ? SemicolonCsv : CommaCsv, true);
        var numbers = semicolon ? Danish : CultureInfo.InvariantCulture;
        foreach (var name in file.Header) csv.WriteField(name);
        await csv.EndRecordAsync(cancellationToken);
        var count = 0;
        await foreach (var row in file.Rows.WithCancellation(cancellationToken))
        {
            foreach (var value in row) csv.WriteField(Text(value, numbers));
            await csv.EndRecordAsync(cancellationToken);
            if (++count % 1000 == 0) await csv.FlushAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>A value as CSV text: dates as <c>yyyy-MM-dd</c>, numbers without thousands separators in the file's decimal mark.</summary>
    private static string? Text(object? value, CultureInfo numbers) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time when time.TimeOfDay == TimeSpan.Zero => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Share share => share.Value.ToString(null, numbers),
        IFormattable formattable => formattable.ToString(null, numbers),
        _ => value.ToString(),
    };
}
