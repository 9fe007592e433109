using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class PartnershipConfiguration : EntityConfiguration<Partnership>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Partnership> builder)
    {
        builder.ToTable("partnerships");
        builder.HasOne<Company>().WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Restrict);

        // At most one partnership per company that is not ended.
        builder.HasIndex(p => p.CompanyId)
            .IsUnique()
            .HasFilter("status <> 'ended'")
            .HasDatabaseName(UniqueIndexes.PartnershipNotEndedPerCompany);
        builder.HasIndex(p => new { p.Status, p.CreatedAt });
        builder.HasIndex(p => new { p.CreatedAt, p.Id });

        builder.PrimitiveCollection(p => p.Schemes)
            .HasField("_schemes")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(scheme => scheme.HasConversion<CamelCaseEnumConverter<Scheme>>());

        builder.Property(p => p.Notes).HasMaxLength(4000);
        builder.Property(p => p.StatusReason).HasMaxLength(1000);
        builder.ComplexProperty(p => p.ResponsibleConsultant, staff =>
        {
            staff.Property(s => s.Id).HasMaxLength(200);
            staff.Property(s => s.Name).HasMaxLength(200);
        });
        builder.Ignore(p => p.IsEnded);
    }
}
