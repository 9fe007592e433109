using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Auditing;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

/// <summary>Append-only: a trigger in the migration refuses UPDATE and DELETE on the table.</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.Action).HasMaxLength(50);
        builder.Property(e => e.Entity).HasMaxLength(50);
        builder.Property(e => e.TraceId).HasMaxLength(100);
        builder.Property(e => e.Detail).HasMaxLength(AuditEntry.MaxDetailLength);
        builder.HasIndex(e => new { e.Entity, e.EntityId });
        builder.HasIndex(e => e.Actor);
        builder.HasIndex(e => e.At);
    }
}
