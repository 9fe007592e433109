using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Auditing;

namespace PartnerCrm.Application.Statistics.ExportPlacements;

/// <summary>
/// One pseudonymous row per placement, read from the database as it is written out: a stable pseudonym
/// per candidate (never the id, name, case reference or notes), an age band instead of the birth year.
/// </summary>
public interface IPlacementExportSource
{
    IReadOnlyList<string> Header { get; }

    IAsyncEnumerable<object?[]> ReadAsync(CancellationToken cancellationToken);
}

/// <summary>Records the export in the audit trail and hands out the rows.</summary>
public sealed record ExportPlacementsQuery(string Format) : IQuery<IPlacementExportSource>;

public sealed class ExportPlacementsQueryHandler(IAppDbContext db, IPlacementExportSource source) : IQueryHandler<ExportPlacementsQuery, IPlacementExportSource>
{
    public async ValueTask<IPlacementExportSource> Handle(ExportPlacementsQuery query, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(AuditEntry.Of(AuditActions.Export, "placement", null));
        await db.SaveChangesAsync(cancellationToken);
        return source;
    }
}
