using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Application.Staff;
using PartnerCrm.Infrastructure.Staff;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class StaffDirectoryEntryConfiguration : IEntityTypeConfiguration<StaffDirectoryEntry>
{
    public void Configure(EntityTypeBuilder<StaffDirectoryEntry> builder)
    {
        builder.ToTable("staff_directory");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(200);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Email).HasMaxLength(StaffSighting.MaxEmailLength);
    }
}
