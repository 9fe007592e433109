using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Infrastructure.Idempotency;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => new { r.Holder, r.Key });
        builder.Property(r => r.Holder).HasMaxLength(200);
        builder.Property(r => r.Key).HasMaxLength(255);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Property(r => r.Location).HasMaxLength(500);
        builder.Property(r => r.ETag).HasMaxLength(100);
        builder.HasIndex(r => r.CreatedAt);
    }
}
