using FluentValidation;
using Mediator;
using System.Globalization;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Statistics.Texts;
using PartnerCrm.Application.Statistics.Files;
using PartnerCrm.Domain.Auditing;

namespace PartnerCrm.Application.Statistics.ExportPlacements;

/// <summary>
/// One pseudonymous row per placement started in the period, read from the database as it is written out:
/// a stable pseudonym per candidate (never the id, name, case reference or notes), an age band instead of
/// the birth year.
/// </summary>
public interface IPlacementExportSource
{
    IReadOnlyList<string> Header { get; }

    IAsyncEnumerable<object?[]> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>The row-level export of placements starting in the period (<c>csv</c>, the default, or <c>xlsx</c>); it is audited.</summary>
public sealed record ExportPlacementsQuery(DateOnly? From, DateOnly? To, string? Format, string? Delimiter = null, string? Lang = null) : IQuery<TableFile>, IStatisticsRequest;

public sealed class ExportPlacementsQueryValidator : AbstractValidator<ExportPlacementsQuery>
{
    public ExportPlacementsQueryValidator()
    {
        this.ValidatePeriod();
        RuleFor(q => q.Format).MustBeOneOf(Formats.Csv, Formats.Xlsx);
        this.ValidateFileChoices();
    }
}

public sealed class ExportPlacementsQueryHandler(IAppDbContext db, IPlacementExportSource source, TimeProvider clock)
    : IQueryHandler<ExportPlacementsQuery, TableFile>
{
    public async ValueTask<TableFile> Handle(ExportPlacementsQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = query.Period(clock);
        db.AuditEntries.Add(AuditEntry.Of(AuditActions.Export, "placement", null));
        await db.SaveChangesAsync(cancellationToken);
        var culture = Languages.CultureOf(query.Lang);
        var rows = source.ReadAsync(from, to, cancellationToken);
        return new TableFile(
            $"{StatisticsLabels.FileName("placements", culture)}-{TableFile.Period(from, to)}",
            culture is null ? "Placements" : StatisticsLabels.Sheet("placements", culture),
            culture is null ? source.Header : source.Header.Select(column => StatisticsLabels.Column(column, culture)).ToList(),
            culture is null ? rows : InWords(source.Header, rows, culture),
            Formats.FileOf(query.Format) ?? FileFormat.Csv)
        {
            Delimiter = Delimiters.Of(query.Delimiter),
            Widths = source.Header.Select(column => column switch { "candidate" => 17, "industryName" => 40, _ => 0 }).ToList(),
        };
    }

    /// <summary>Each row with its values in words: schemes, statuses, outcomes, industries by their title in the language.</summary>
    private static async IAsyncEnumerable<object?[]> InWords(
        IReadOnlyList<string> header, IAsyncEnumerable<object?[]> rows, CultureInfo culture)
    {
        var industry = header.ToList().IndexOf(Dimensions.Industry);
        await foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
                if (row[i] is string value && header[i] != "candidate" && header[i] != Dimensions.Industry)
                    row[i] = StatisticsLabels.Value(header[i], value, industry >= 0 ? row[industry] as string : null, culture);
            yield return row;
        }
    }
}
