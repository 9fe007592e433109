using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class ContactConfiguration : EntityConfiguration<Contact>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasOne<Company>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Name).HasMaxLength(200).UseCollation(CompanyConfiguration.DanishCollation);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.HasIndex(c => new { c.CompanyId, c.Name, c.Id });
    }
}
