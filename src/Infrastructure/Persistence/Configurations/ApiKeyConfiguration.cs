using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class ApiKeyConfiguration : EntityConfiguration<ApiKey>
{
    protected override void ConfigureEntity(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasOne<Company>().WithMany().HasForeignKey(k => k.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Prefix).HasMaxLength(32);
        builder.HasIndex(k => k.Prefix).IsUnique().HasDatabaseName(UniqueIndexes.ApiKeyPrefix);
        builder.Property(k => k.Hash).HasMaxLength(32);
        builder.HasIndex(k => new { k.CompanyId, k.CreatedAt });
        builder.Ignore(k => k.IsRevoked);
    }
}
