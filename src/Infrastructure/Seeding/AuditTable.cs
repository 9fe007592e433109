using Npgsql;
using PartnerCrm.Domain.Auditing;

using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>One <c>create</c> line in the audit trail for every record the seed made, by the consultant who made it, when it was made.</summary>
internal sealed class AuditTable(SeedWorld world, IReadOnlyList<SeedTable> audited) : SeedTable
{
    public override string Name => "audit_entries";
    public override string Columns => "at, actor, action, entity, entity_id";
    public override string Entity => AuditTrail.EntityName(typeof(AuditEntry));
    public override long ExpectedRows => audited.Sum(table => table.ExpectedRows);

    public override long Write(NpgsqlBinaryImporter copy, SeedProgress progress)
    {
        long count = 0;
        foreach (var table in audited)
        foreach (var made in table.Made())
        {
            copy.StartRow();
            copy.Time(made.At);
            copy.Text(world.Consultants[made.Consultant].Id);
            copy.Text(AuditActions.Create);
            copy.Text(table.Entity);
            copy.Id(made.Id);
            progress.Advance(++count);
        }
        return count;
    }

    public override IEnumerable<Created> Made() => [];
}
