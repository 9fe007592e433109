using PartnerCrm.Application.Common;
using FluentValidation;

namespace PartnerCrm.Application.Statistics.Files;

public enum FileFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// A file of figures as it leaves the system: a name, a header and rows of typed values (text, numbers,
/// dates, <see cref="HiddenCount"/>), in CSV or XLSX. An <see cref="ITableFileWriter"/> writes it.
/// </summary>
public sealed record TableFile(string Name, string Sheet, IReadOnlyList<string> Header, IAsyncEnumerable<object?[]> Rows, FileFormat Format)
{
    /// <summary>The word written in a group column of a margin or total line.</summary>
    public const string TotalLabel = "Total";

    public string FileName => $"{Name}.{(Format == FileFormat.Csv ? "csv" : "xlsx")}";

    public string ContentType => ContentTypeOf(Format);

    public static string ContentTypeOf(FileFormat format) => format == FileFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A statistics table as a file named after its figures and period, e.g. <c>placements-2026-01-01-2026-06-30</c>.</summary>
    public static TableFile Of(StatisticsTable table, string figures, FileFormat format) => new(
        $"{figures}-{Period(table.From, table.To)}",
        figures,
        table.Columns(),
        table.Lines().Select(line => (object?[])
        [
            .. line.Group.Select(value => (object?)(value ?? (line.Kind == TableLineKind.Cell ? null : TotalLabel))),
            .. line.Figures,
        ]).ToAsyncEnumerable(),
        format);

    /// <summary>The period in a file name; a period open at the start reads <c>until-2026-06-30</c>.</summary>
    public static string Period(DateOnly from, DateOnly to) =>
        from == DateOnly.MinValue ? $"until-{to:yyyy-MM-dd}" : $"{from:yyyy-MM-dd}-{to:yyyy-MM-dd}";
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

    /// <summary>The file a format asks for; null for JSON (or none).</summary>
    public static FileFormat? FileOf(string? format) => format switch
    {
        Csv => FileFormat.Csv,
        Xlsx => FileFormat.Xlsx,
        _ => null,
    };

    public static IRuleBuilderOptions<T, string?> MustBeOneOf<T>(this IRuleBuilder<T, string?> rule, params string[] formats) => rule.OneOf(formats);
}
