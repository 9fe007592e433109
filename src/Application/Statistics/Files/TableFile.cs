using System.Globalization;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Statistics.Texts;
using FluentValidation;

namespace PartnerCrm.Application.Statistics.Files;

public enum FileFormat
{
    Csv,
    Xlsx,
}

/// <summary>How the fields of a CSV file are separated, and so how its decimals are written.</summary>
public enum CsvDelimiter
{
    /// <summary><c>,</c> and a decimal point: for programs (the default).</summary>
    Comma,

    /// <summary><c>;</c> and a decimal comma: for spreadsheets set up for Danish.</summary>
    Semicolon,
}

/// <summary>A share from 0 to 1 (a rate): a number in a CSV file, a number shown as a percentage in XLSX.</summary>
public readonly record struct Share(decimal Value);

/// <summary>
/// A file of figures as it leaves the system: a name, a header and rows of typed values (text, numbers,
/// <see cref="Share"/>s, dates, <see cref="HiddenCount"/>), in CSV or XLSX. An <see cref="ITableFileWriter"/> writes it.
/// </summary>
public sealed record TableFile(string Name, string Sheet, IReadOnlyList<string> Header, IAsyncEnumerable<object?[]> Rows, FileFormat Format)
{
    /// <summary>The word written in a group column of a margin or total line.</summary>
    public const string TotalLabel = "Total";

    /// <summary>The separator of a CSV file (and with it the decimal mark).</summary>
    public CsvDelimiter Delimiter { get; init; } = CsvDelimiter.Comma;

    /// <summary>The longest text expected in each column (characters), where known before the rows are read; for column widths.</summary>
    public IReadOnlyList<int>? Widths { get; init; }

    public string FileName => $"{Name}.{(Format == FileFormat.Csv ? "csv" : "xlsx")}";

    public string ContentType => ContentTypeOf(Format);

    public static string ContentTypeOf(FileFormat format) => format == FileFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A statistics table as a file named after its figures and period, e.g. <c>placements-2026-01-01-2026-06-30</c>.</summary>
    public static TableFile Of(StatisticsTable table, string figures, FileFormat format) => Of(table, figures, new FileChoices(format, CsvDelimiter.Comma, null));

    /// <summary>
    /// A statistics table as a file: with a language, column titles and group values in its words (and the
    /// file named in them); without, the API's own names.
    /// </summary>
    public static TableFile Of(StatisticsTable table, string figures, FileChoices choices)
    {
        var columns = table.Columns();
        var groups = table.GroupColumns().Count;
        var rates = table.Rates.Count;
        var culture = choices.Culture;
        var lines = table.Lines().Select(line => (object?[])
        [
            .. culture is null
                ? line.Group.Select(value => (object?)(value ?? (line.Kind == TableLineKind.Cell ? null : TotalLabel)))
                : StatisticsLabels.Group(columns, line, culture).Select(value => (object?)(value.Length == 0 ? null : value)),
            .. line.Figures.Select((figure, i) => i >= line.Figures.Count - rates && figure is decimal rate ? new Share(rate) : figure),
        ]).ToList();
        var header = culture is null ? columns : StatisticsLabels.Header(table, culture);
        return new TableFile(
            $"{StatisticsLabels.FileName(figures, culture)}-{Period(table.From, table.To)}",
            StatisticsLabels.Sheet(figures, culture),
            header,
            lines.ToAsyncEnumerable(),
            choices.Format)
        {
            Delimiter = choices.Delimiter,
            Widths = header.Select((_, i) => i < groups ? lines.Select(l => l[i] is string text ? text.Length : 0).DefaultIfEmpty(0).Max() : 0).ToList(),
        };
    }

    /// <summary>The period in a file name; a period open at the start reads <c>until-2026-06-30</c>.</summary>
    public static string Period(DateOnly from, DateOnly to) =>
        from == DateOnly.MinValue ? $"until-{to:yyyy-MM-dd}" : $"{from:yyyy-MM-dd}-{to:yyyy-MM-dd}";
}

/// <summary>What a file is asked to look like: its format, the CSV delimiter and the language of its words (null: the API's own names).</summary>
public sealed record FileChoices(FileFormat Format, CsvDelimiter Delimiter, CultureInfo? Culture)
{
    /// <summary>The choices a request makes (<c>format</c>, <c>delimiter</c>, <c>lang</c>); null when it asks for JSON.</summary>
    public static FileChoices? Of(IStatisticsRequest request) =>
        Formats.FileOf(request.Format) is { } format ? new FileChoices(format, Delimiters.Of(request.Delimiter), Languages.CultureOf(request.Lang)) : null;
}

/// <summary>Writes a <see cref="TableFile"/> in its format.</summary>
public interface ITableFileWriter
{
    Task WriteAsync(TableFile file, Stream output, CancellationToken cancellationToken);
}

/// <summary>The one place the <c>format</c> of figures is read: <c>json</c> (the default), or a file.</summary>
public static class Formats
{
    public const string Json = "json";
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    /// <summary>The file a format asks for, in any case (as the validator accepts it); null for JSON (or none).</summary>
    public static FileFormat? FileOf(string? format) => format?.ToLowerInvariant() switch
    {
        Csv => FileFormat.Csv,
        Xlsx => FileFormat.Xlsx,
        _ => null,
    };

    public static IRuleBuilderOptions<T, string?> MustBeOneOf<T>(this IRuleBuilder<T, string?> rule, params string[] formats) => rule.OneOf(formats);
}

/// <summary>The <c>delimiter</c> of a CSV file: <c>comma</c> (the default) or <c>semicolon</c>.</summary>
public static class Delimiters
{
    public const string Comma = "comma";
    public const string Semicolon = "semicolon";

    public static CsvDelimiter Of(string? delimiter) =>
        string.Equals(delimiter, Semicolon, StringComparison.OrdinalIgnoreCase) ? CsvDelimiter.Semicolon : CsvDelimiter.Comma;
}

/// <summary>The <c>lang</c> of a file's words: <c>da</c> or <c>en</c>; none keeps the API's own names.</summary>
public static class Languages
{
    public const string Danish = "da";
    public const string English = "en";

    public static CultureInfo? CultureOf(string? lang) => lang?.ToLowerInvariant() switch
    {
        Danish => CultureInfo.GetCultureInfo("da-DK"),
        English => CultureInfo.GetCultureInfo("en-GB"),
        _ => null,
    };

    /// <summary>The <c>lang</c> of a culture: <c>en</c> for English, <c>da</c> for everything else.</summary>
    public static string Of(CultureInfo culture) => culture.TwoLetterISOLanguageName == English ? English : Danish;
}
