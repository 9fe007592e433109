using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerCrm.Domain.Auditing;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Infrastructure.Persistence;

/// <summary>Turns the changes about to be saved into audit lines, saved in the same transaction.</summary>
public static class AuditTrail
{
    public static IEnumerable<AuditEntry> For(IEnumerable<EntityEntry<Entity>> changes) =>
        changes
            .Where(change => change.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(change => AuditEntry.Of(ActionOf(change), EntityName(change.Entity), change.Entity.Id, DetailOf(change)));

    /// <summary>The name of a record's kind as the API and the audit trail say it.</summary>
    public static string EntityName(Entity entity) => entity switch
    {
        InternshipOffer => "internship",
        _ => Application.Common.EnumNaming.CamelCase(entity.GetType().Name),
    };

    private static string ActionOf(EntityEntry<Entity> change) => change.State switch
    {
        EntityState.Added => AuditActions.Create,
        EntityState.Deleted => AuditActions.Delete,
        _ when change.Entity is Candidate && Changed(change, nameof(Candidate.ErasedAt)) => AuditActions.Erase,
        _ when change.Entity is Placement && Changed(change, nameof(Placement.EndDate)) => AuditActions.End,
        _ when change.Entity is FollowUp { Status: FollowUpStatus.Completed } && Changed(change, nameof(FollowUp.Status)) => AuditActions.Complete,
        _ when change.Entity is ApiKey && Changed(change, nameof(ApiKey.RevokedAt)) => AuditActions.Revoke,
        _ when change.Entity is FollowUp && Changed(change, nameof(FollowUp.RescheduledReason)) => AuditActions.Reschedule,
        _ when change.Entity is Placement && Changed(change, nameof(Placement.Extended)) => AuditActions.Extend,
        _ when change.Properties.Any(p => p.Metadata.Name == "Status" && p.IsModified) => AuditActions.StatusChange,
        _ => AuditActions.Update,
    };

    private static bool Changed(EntityEntry change, string property) => change.Property(property).IsModified;

    /// <summary>The reason given with a rescheduled follow-up.</summary>
    private static string? DetailOf(EntityEntry<Entity> change) =>
        change.Entity is FollowUp { RescheduledReason: { } reason } && change.State == EntityState.Modified && Changed(change, nameof(FollowUp.RescheduledReason))
            ? reason
            : null;
}
