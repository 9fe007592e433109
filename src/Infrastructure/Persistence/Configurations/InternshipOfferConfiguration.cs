using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class InternshipOfferConfiguration : EntityConfiguration<InternshipOffer>
{
    protected override void ConfigureEntity(EntityTypeBuilder<InternshipOffer> builder)
    {
        builder.ToTable("internship_offers");
        builder.HasOne<Company>().WithMany().HasForeignKey(o => o.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workplace>().WithMany().HasForeignKey(o => o.WorkplaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.WorkplaceId);
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Description).HasMaxLength(4000);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.PostalCode).HasConversion(code => code.Value, text => PostalCode.Parse(text)).HasMaxLength(4);
        builder.Property(o => o.ExternalReference).HasMaxLength(100);
        builder.HasIndex(o => new { o.CompanyId, o.ExternalReference })
            .IsUnique()
            .HasFilter("external_reference IS NOT NULL")
            .HasDatabaseName(UniqueIndexes.InternshipExternalReference);
        builder.HasIndex(o => new { o.CreatedAt, o.Id });
        builder.HasIndex(o => new { o.Status, o.CreatedAt });
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("ck_internship_offers_duration_weeks", $"duration_weeks BETWEEN 1 AND {InternshipOffer.MaxDurationWeeks}");
            table.HasCheckConstraint("ck_internship_offers_hours_per_week", $"hours_per_week BETWEEN 1 AND {InternshipOffer.MaxHoursPerWeek}");
            table.HasCheckConstraint("ck_internship_offers_slots", $"slots BETWEEN 1 AND {InternshipOffer.MaxSlots}");
            table.HasCheckConstraint("ck_internship_offers_places_taken", "places_taken BETWEEN 0 AND slots");
        });
    }
}
