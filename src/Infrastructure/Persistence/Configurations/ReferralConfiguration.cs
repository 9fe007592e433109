using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Placements;
using PartnerCrm.Domain.Referrals;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class ReferralConfiguration : EntityConfiguration<Referral>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.HasOne<InternshipOffer>().WithMany().HasForeignKey(r => r.InternshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(r => r.CandidateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Company>().WithMany().HasForeignKey(r => r.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Placement>().WithMany().HasForeignKey(r => r.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Note).HasMaxLength(Referral.MaxNoteLength);
        builder.ComplexProperty(r => r.ProposedBy, staff =>
        {
            staff.Property(s => s.Id).HasMaxLength(200);
            staff.Property(s => s.Name).HasMaxLength(200);
        });

        // A candidate is referred to an offer once while the referral is live; a declined or withdrawn one may be followed by a new one.
        builder.HasIndex(r => new { r.InternshipId, r.CandidateId })
            .IsUnique()
            .HasFilter($"status IN ({string.Join(", ", Referral.Live.Select(s => $"'{EnumNaming.NameOf(s)}'"))})")
            .HasDatabaseName(UniqueIndexes.LiveReferralPerCandidateAndOffer);
        builder.HasIndex(r => new { r.CreatedAt, r.Id });
        builder.HasIndex(r => r.CandidateId);
        builder.HasIndex(r => r.CompanyId);
    }
}
