using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class FollowUpConfiguration : EntityConfiguration<FollowUp>
{
    protected override void ConfigureEntity(EntityTypeBuilder<FollowUp> builder)
    {
        builder.ToTable("follow_ups", table =>
        {
            var scores = $"BETWEEN {FollowUp.LowestSatisfaction} AND {FollowUp.HighestSatisfaction}";
            table.HasCheckConstraint("ck_follow_ups_employer_satisfaction", $"employer_satisfaction {scores}");
            table.HasCheckConstraint("ck_follow_ups_candidate_satisfaction", $"candidate_satisfaction {scores}");
        });
        builder.Property(f => f.HoursPerWeek).HasPrecision(4, 1);
        builder.Property(f => f.Notes).HasMaxLength(4000);
        builder.Property(f => f.RescheduledReason).HasMaxLength(FollowUp.MaxReasonLength);
        builder.OwnsOne(f => f.CompletedBy, staff =>
        {
            staff.Property(s => s.Id).HasMaxLength(200);
            staff.Property(s => s.Name).HasMaxLength(200);
        });
        builder.Navigation(f => f.CompletedBy).IsRequired(false);
        builder.HasIndex(f => new { f.DueDate, f.Id });
        builder.HasIndex(f => new { f.PlacementId, f.Milestone }).IsUnique();
        builder.HasIndex(f => f.CandidateId);
        builder.HasIndex(f => f.CompanyId);
        // Retention statistics read one milestone of every placement: from this index alone, without the table.
        builder.HasIndex(f => new { f.Milestone, f.PlacementId }).IncludeProperties(f => new { f.Status, f.DueDate, f.Outcome });
        builder.HasIndex(f => new { f.Status, f.DueDate });
    }
}
