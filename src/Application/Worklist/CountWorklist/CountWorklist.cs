using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Worklist.GetWorklist;

namespace PartnerCrm.Application.Worklist.CountWorklist;

/// <summary>
/// How much is on a consultant's worklist on a day, by kind: overdue (due before the day), due on the day, and
/// due later within the worklist's week (<see cref="GetWorklistQueryHandler.DefaultDaysAhead"/> days). Counts
/// only: nothing that names a person, a company or what was written.
/// </summary>
public sealed record WorklistCounts(
    int OverdueFollowUps,
    int FollowUpsDueToday,
    int FollowUpsDueThisWeek,
    int OverdueNextActions,
    int NextActionsDueToday,
    int NextActionsDueThisWeek)
{
    /// <summary>What waits for the consultant now: overdue or due today.</summary>
    public int Waiting => OverdueFollowUps + FollowUpsDueToday + OverdueNextActions + NextActionsDueToday;
}

/// <summary>The counts of <paramref name="ConsultantId"/>'s worklist on <paramref name="Today"/> (a day in Copenhagen).</summary>
public sealed record CountWorklistQuery(string ConsultantId, DateOnly Today) : IQuery<WorklistCounts>;

public sealed class CountWorklistQueryValidator : AbstractValidator<CountWorklistQuery>
{
    public CountWorklistQueryValidator()
    {
        RuleFor(q => q.ConsultantId).NotEmpty().Text(200);
        RuleFor(q => q.Today).InDateRange();
    }
}

public sealed class CountWorklistQueryHandler(IAppDbContext db) : IQueryHandler<CountWorklistQuery, WorklistCounts>
{
    public async ValueTask<WorklistCounts> Handle(CountWorklistQuery query, CancellationToken cancellationToken)
    {
        var today = query.Today;
        var until = today.AddDays(GetWorklistQueryHandler.DefaultDaysAhead);

        var followUps = await db.PendingFollowUpsOf(query.ConsultantId)
            .Where(f => f.DueDate <= until)
            .GroupBy(f => f.DueDate)
            .Select(g => new DueOn(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var actions = await db.OpenNextActionsOf(query.ConsultantId)
            .Where(a => a.NextActionOn <= until)
            .GroupBy(a => a.NextActionOn!.Value)
            .Select(g => new DueOn(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        // Both sources hold only pending or open items, so overdue is simply "due before today" (FollowUp.IsOverdue, Activity.IsNextActionOverdue).
        return new WorklistCounts(
            followUps.Where(d => d.Day < today).Sum(d => d.Count),
            followUps.Where(d => d.Day == today).Sum(d => d.Count),
            followUps.Where(d => d.Day > today).Sum(d => d.Count),
            actions.Where(d => d.Day < today).Sum(d => d.Count),
            actions.Where(d => d.Day == today).Sum(d => d.Count),
            actions.Where(d => d.Day > today).Sum(d => d.Count));
    }

    private sealed record DueOn(DateOnly Day, int Count);
}
