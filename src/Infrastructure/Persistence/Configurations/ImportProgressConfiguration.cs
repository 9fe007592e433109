using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Companies.Imports;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class ImportProgressConfiguration : IEntityTypeConfiguration<ImportProgress>
{
    public void Configure(EntityTypeBuilder<ImportProgress> builder)
    {
        builder.ToTable("company_import_progress");
        builder.HasKey(p => p.ImportId);
        builder.HasOne<CompanyImport>().WithOne().HasForeignKey<ImportProgress>(p => p.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Phase).HasConversion<CamelCaseEnumConverter<ImportPhase>>().HasMaxLength(16);
    }
}
