using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.Worklist;

/// <summary>
/// What is on a consultant's worklist, for every reader of it (the worklist and the daily digest): a pending
/// follow-up belongs to its placement's consultant, an open next action to the author of its activity.
/// </summary>
public static class WorklistSources
{
    public static IQueryable<FollowUp> PendingFollowUpsOf(this IAppDbContext db, string consultantId) =>
        from f in db.FollowUps.AsNoTracking()
        join p in db.Placements on f.PlacementId equals p.Id
        where f.Status == FollowUpStatus.Pending && p.Consultant.Id == consultantId
        select f;

    public static IQueryable<Activity> OpenNextActionsOf(this IAppDbContext db, string consultantId) =>
        db.Activities.AsNoTracking().Where(Activity.WithOpenNextAction).Where(a => a.RecordedBy.Id == consultantId);
}
