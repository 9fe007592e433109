using System.Linq.Expressions;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Companies;

public enum ActivityKind
{
    Call,
    Meeting,
    Email,
    Visit,
    Note,
}

/// <summary>
/// Something a consultant did with a company. A next action (what to do, and when) puts it on its author's
/// worklist until the author marks it done.
/// </summary>
public sealed class Activity : Entity
{
    public const int MaxNextActionLength = 500;

    private Activity(Guid companyId, ActivityKind kind, DateTimeOffset occurredAt, string summary, StaffMember recordedBy)
    {
        CompanyId = companyId;
        Kind = kind;
        OccurredAt = occurredAt;
        Summary = summary;
        RecordedBy = recordedBy;
    }

    // For EF Core: an owned type cannot be bound through the constructor.
    private Activity()
    {
        Summary = string.Empty;
        RecordedBy = null!;
    }

    public Guid CompanyId { get; private set; }
    public ActivityKind Kind { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public string Summary { get; private set; }
    /// <summary>What the author will do next, e.g. "Ring igen om praktikpladsen".</summary>
    public string? NextAction { get; private set; }

    /// <summary>When the next action is due; a date alone (without a text) is a reminder to follow up.</summary>
    public DateOnly? NextActionOn { get; private set; }

    public DateTimeOffset? NextActionDoneAt { get; private set; }

    /// <summary>The author: the staff member who recorded the activity and owns its next action.</summary>
    public StaffMember RecordedBy { get; private set; }

    public bool HasOpenNextAction => NextActionOn is not null && NextActionDoneAt is null;

    /// <summary>The rule of <see cref="HasOpenNextAction"/> for queries.</summary>
    public static readonly Expression<Func<Activity, bool>> WithOpenNextAction = a => a.NextActionOn != null && a.NextActionDoneAt == null;

    /// <summary>An open next action whose day has passed.</summary>
    public bool IsNextActionOverdue(DateOnly today) => HasOpenNextAction && NextActionOn < today;

    public static Activity Record(
        Guid companyId, ActivityKind kind, DateTimeOffset occurredAt, string summary, string? nextAction, DateOnly? nextActionOn, StaffMember author)
    {
        if (string.IsNullOrWhiteSpace(summary))
            throw new DomainRuleException("summaryRequired", "An activity needs a summary.");
        if (!string.IsNullOrWhiteSpace(nextAction) && nextActionOn is null)
            throw new DomainRuleException("nextActionWithoutDate", "A next action needs the day it is due (nextActionOn).");
        return new Activity(companyId, kind, occurredAt.ToTheMicrosecond(), summary.Trim(), author)
        {
            NextAction = string.IsNullOrWhiteSpace(nextAction) ? null : nextAction.Trim(),
            NextActionOn = nextActionOn,
        };
    }

    /// <summary>The next action is done. Only its author may say so (or an administrator); it is done once.</summary>
    public void MarkNextActionDone(StaffMember by, bool byAdministrator, DateTimeOffset now)
    {
        if (NextActionOn is null)
            throw new DomainRuleException("noNextAction", "The activity has no next action to mark done.");
        if (by.Id != RecordedBy.Id && !byAdministrator)
            throw new NotYoursException("Only the author of the activity (or an administrator) marks its next action done.");
        if (NextActionDoneAt is not null)
            throw new AlreadyDoneException($"The next action was marked done at {NextActionDoneAt:yyyy-MM-dd HH:mm} UTC.");
        NextActionDoneAt = now.ToTheMicrosecond();
    }

}
