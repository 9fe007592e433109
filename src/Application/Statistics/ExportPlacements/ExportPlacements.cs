using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
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
public sealed record ExportPlacementsQuery(DateOnly? From, DateOnly? To, string? Format) : IQuery<TableFile>, IStatisticsRequest;

public sealed class ExportPlacementsQueryValidator : AbstractValidator<ExportPlacementsQuery>
{
    public ExportPlacementsQueryValidator()
    {
        this.ValidatePeriod();
        RuleFor(q => q.Format).MustBeOneOf(Formats.Csv, Formats.Xlsx);
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
        return new TableFile(
            $"placements-{TableFile.Period(from, to)}", "Placements", source.Header, source.ReadAsync(from, to, cancellationToken),
            Formats.FileOf(query.Format) ?? FileFormat.Csv);
    }
}
