using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Partnerships;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class PlacementConfiguration : EntityConfiguration<Placement>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("placements");
        builder.HasOne<Candidate>().WithMany().HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Company>().WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workplace>().WithMany().HasForeignKey(p => p.WorkplaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.WorkplaceId);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(p => p.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InternshipOffer>().WithMany().HasForeignKey(p => p.InternshipId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.JobTitle).HasMaxLength(Placement.MaxJobTitleLength);
        builder.Property(p => p.HoursPerWeek).HasPrecision(4, 1);
        builder.ComplexProperty(p => p.Consultant, staff =>
        {
            staff.Property(s => s.Id).HasMaxLength(200);
            staff.Property(s => s.Name).HasMaxLength(200);
        });
        builder.HasMany(p => p.FollowUps).WithOne().HasForeignKey(f => f.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.FollowUps).HasField("_followUps").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => new { p.StartDate, p.Id });
        builder.HasIndex(p => p.CandidateId);
        builder.HasIndex(p => p.CompanyId);
        builder.HasIndex(p => p.InternshipId);
    }
}
