using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Infrastructure.Reminders;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class DailyDigestRecordConfiguration : IEntityTypeConfiguration<DailyDigestRecord>
{
    public void Configure(EntityTypeBuilder<DailyDigestRecord> builder)
    {
        builder.ToTable("daily_digests");
        builder.HasKey(d => new { d.StaffId, d.Day });
        builder.Property(d => d.StaffId).HasMaxLength(200);
        builder.Property(d => d.Status).HasConversion<CamelCaseEnumConverter<DailyDigestStatus>>().HasMaxLength(16);
        builder.HasIndex(d => d.Day);
    }
}
