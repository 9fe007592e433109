using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Candidates;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class CandidateConfiguration : EntityConfiguration<Candidate>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Candidate> builder)
    {
        builder.ToTable("candidates");
        builder.Property(c => c.CaseReference).HasMaxLength(50);
        // Unique among candidates that are not erased: erasure frees the case reference.
        builder.HasIndex(c => c.CaseReference).IsUnique().HasFilter("case_reference IS NOT NULL").HasDatabaseName(UniqueIndexes.CandidateCaseReference);
        builder.Property(c => c.DisplayName).HasMaxLength(100).UseCollation(CompanyConfiguration.DanishCollation);
        builder.HasIndex(c => new { c.DisplayName, c.Id });
        builder.Property(c => c.CountryOfOrigin).HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.OwnsOne(c => c.DanishCourse, course =>
        {
            course.Property(d => d.Track).HasMaxLength(8);
            course.Property(d => d.Module);
        });
        builder.Navigation(c => c.DanishCourse).IsRequired(false);
        builder.Ignore(c => c.IsErased);
    }
}
