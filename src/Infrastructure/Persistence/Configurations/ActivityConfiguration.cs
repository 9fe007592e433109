using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class ActivityConfiguration : EntityConfiguration<Activity>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Summary).HasMaxLength(4000);
        builder.Property(a => a.NextAction).HasMaxLength(Activity.MaxNextActionLength);
        builder.ComplexProperty(a => a.RecordedBy, staff =>
        {
            staff.Property(s => s.Id).HasMaxLength(200);
            staff.Property(s => s.Name).HasMaxLength(200);
        });
        builder.HasIndex(a => new { a.CompanyId, a.OccurredAt, a.Id }).IsDescending(false, true, true);
        // The worklist: each author's open next actions by day.
        builder.HasIndex(a => new { a.NextActionOn, a.Id }).HasFilter("next_action_on IS NOT NULL AND next_action_done_at IS NULL");
    }
}
