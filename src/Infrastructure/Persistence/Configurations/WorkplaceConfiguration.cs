using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class WorkplaceConfiguration : EntityConfiguration<Workplace>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Workplace> builder)
    {
        builder.ToTable("workplaces");
        builder.HasOne<Company>().WithMany().HasForeignKey(w => w.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => w.CompanyId);

        builder.Property(w => w.PNumber)
            .HasConversion(p => p.Value, text => PNumber.Parse(text))
            .HasMaxLength(PNumber.Length)
            .UseCollation("C");
        builder.HasIndex(w => w.PNumber).IsUnique().HasDatabaseName(UniqueIndexes.WorkplacePNumber);

        builder.OwnsOne(w => w.Address, CompanyConfiguration.ConfigureAddress);
        builder.Navigation(w => w.Address).IsRequired(false);

        builder.Property<string?>(CompanyConfiguration.RegisterRecord).HasColumnType("jsonb");
    }
}
