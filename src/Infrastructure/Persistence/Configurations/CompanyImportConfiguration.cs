using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Companies.Imports;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class CompanyImportConfiguration : EntityConfiguration<CompanyImport>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override void ConfigureEntity(EntityTypeBuilder<CompanyImport> builder)
    {
        builder.ToTable("company_imports");
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.HasIndex(i => new { i.Status, i.CreatedAt });
        builder.OwnsOne(i => i.Counts, counts =>
        {
            counts.Property(c => c.RowsRead).HasColumnName("rows_read");
            counts.Property(c => c.Created).HasColumnName("created");
            counts.Property(c => c.Updated).HasColumnName("updated");
            counts.Property(c => c.Unchanged).HasColumnName("unchanged");
            counts.Property(c => c.Invalid).HasColumnName("invalid");
        });
        builder.Navigation(i => i.Counts).IsRequired(false);
        builder.Property(i => i.InvalidRows)
            .HasColumnType("jsonb")
            .HasConversion(
                rows => JsonSerializer.Serialize(rows, Json),
                text => JsonSerializer.Deserialize<List<InvalidRow>>(text, Json) ?? new List<InvalidRow>(),
                new ValueComparer<List<InvalidRow>>((a, b) => a!.SequenceEqual(b!), rows => rows.Count, rows => rows.ToList()));
        builder.Property(i => i.FailureReason).HasMaxLength(1000);
    }
}
