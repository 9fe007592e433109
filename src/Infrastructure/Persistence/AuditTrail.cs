using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartnerCrm.Domain.Auditing;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Infrastructure.Persistence;

/// <summary>
/// Turns the changes about to be saved into audit lines, saved in the same transaction. A record added is a
/// <c>create</c>, one deleted a <c>delete</c>. A change that its domain method named (<see cref="Entity.TakeNamedChange"/>)
/// is written as named, with its detail, also when it left every value as it was (a rescheduling that repeats the
/// day and the reason). Any other change is read from what changed.
/// </summary>
public static class AuditTrail
{
    public static IReadOnlyList<AuditEntry> For(IEnumerable<EntityEntry<Entity>> changes)
    {
        var entries = new List<AuditEntry>();
        foreach (var change in changes)
        {
            var named = change.Entity.TakeNamedChange();
            (string? Action, string? Detail) line = change.State switch
            {
                EntityState.Added or EntityState.Deleted => (ActionOf(change), null),
                _ when named is not null => (named.Action, named.Detail),
                EntityState.Modified => (ActionOf(change), null),
                _ => (null, null),
            };
            if (line.Action is not null) entries.Add(AuditEntry.Of(line.Action, EntityName(change.Entity), change.Entity.Id, line.Detail));
        }
        return entries;
    }

    /// <summary>The name of a record's kind as the API and the audit trail say it.</summary>
    public static string EntityName(Entity entity) => EntityName(entity.GetType());

    /// <summary>The name of a kind of record as the API and the audit trail say it.</summary>
    public static string EntityName(Type entityType) =>
        entityType == typeof(InternshipOffer) ? "internship" : Application.Common.EnumNaming.CamelCase(entityType.Name);

    private static string ActionOf(EntityEntry<Entity> change) => change.State switch
    {
        EntityState.Added => AuditActions.Create,
        EntityState.Deleted => AuditActions.Delete,
        _ when change.Entity is Candidate && Changed(change, nameof(Candidate.ErasedAt)) => AuditActions.Erase,
        _ when change.Entity is Placement && Changed(change, nameof(Placement.EndDate)) => AuditActions.End,
        _ when change.Entity is FollowUp { Status: FollowUpStatus.Completed } && Changed(change, nameof(FollowUp.Status)) => AuditActions.Complete,
        _ when change.Entity is ApiKey && Changed(change, nameof(ApiKey.RevokedAt)) => AuditActions.Revoke,
        _ when change.Properties.Any(p => p.Metadata.Name == "Status" && p.IsModified) => AuditActions.StatusChange,
        _ => AuditActions.Update,
    };

    private static bool Changed(EntityEntry change, string property) => change.Property(property).IsModified;
}
