using System.Linq.Expressions;
using PartnerCrm.Domain.Auditing;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Placements;

/// <summary>A retention check on a placement at a fixed milestone (opfølgning).</summary>
public sealed class FollowUp : Entity
{
    /// <summary>Satisfaction (of the employer and of the person) is scored from 1 to 5.</summary>
    public const int LowestSatisfaction = 1;
    public const int HighestSatisfaction = 5;

    private FollowUp(Guid placementId, Guid candidateId, Guid companyId, Milestone milestone, DateOnly dueDate)
    {
        PlacementId = placementId;
        CandidateId = candidateId;
        CompanyId = companyId;
        Milestone = milestone;
        DueDate = dueDate;
        Status = FollowUpStatus.Pending;
    }

    public Guid PlacementId { get; private set; }
    public Guid CandidateId { get; private set; }
    public Guid CompanyId { get; private set; }
    public Milestone Milestone { get; private set; }
    public DateOnly DueDate { get; private set; }
    public FollowUpStatus Status { get; private set; }
    public Outcome? Outcome { get; private set; }
    public decimal? HoursPerWeek { get; private set; }
    public int? EmployerSatisfaction { get; private set; }
    public int? CandidateSatisfaction { get; private set; }
    public string? Notes { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public StaffMember? CompletedBy { get; private set; }

    /// <summary>Why a consultant last moved the due date by hand; null while it is on its milestone's date.</summary>
    public string? RescheduledReason { get; private set; }

    public const int MaxReasonLength = 200;

    internal static FollowUp Schedule(Placement placement, Milestone milestone, DateOnly dueDate) =>
        new(placement.Id, placement.CandidateId, placement.CompanyId, milestone, dueDate);

    /// <summary>A pending follow-up past its due date.</summary>
    public bool IsOverdue(DateOnly today) => Status == FollowUpStatus.Pending && DueDate < today;

    /// <summary>The rule of <see cref="IsOverdue"/> for queries.</summary>
    public static Expression<Func<FollowUp, bool>> OverdueOn(DateOnly today) => f => f.Status == FollowUpStatus.Pending && f.DueDate < today;

    public void Complete(FollowUpResult result, StaffMember by, DateTimeOffset now)
    {
        if (Status != FollowUpStatus.Pending)
            throw new AlreadyDoneException($"The follow-up is already {Status.ToString().ToLowerInvariant()}.");
        foreach (var score in new[] { result.EmployerSatisfaction, result.CandidateSatisfaction })
            if (score is < LowestSatisfaction or > HighestSatisfaction)
                throw new DomainRuleException("satisfactionOutOfRange", $"Satisfaction is scored {LowestSatisfaction} to {HighestSatisfaction}.");
        if (Candidates.PersonalText.LooksLikeCpr(result.Notes))
            throw new DomainRuleException("cprNotAllowed", "The notes look like a CPR number, which PartnerCrm never stores.");
        Status = FollowUpStatus.Completed;
        Outcome = result.Outcome;
        HoursPerWeek = result.HoursPerWeek;
        EmployerSatisfaction = result.EmployerSatisfaction;
        CandidateSatisfaction = result.CandidateSatisfaction;
        Notes = result.Notes;
        CompletedAt = now;
        CompletedBy = by;
    }

    /// <summary>
    /// A consultant moves a pending follow-up to another day, saying why. Every rescheduling is a <c>reschedule</c>
    /// in the audit trail with its reason, also one that repeats the last reason or the day.
    /// </summary>
    /// <exception cref="AlreadyDoneException">It is completed or cancelled.</exception>
    public void Reschedule(DateOnly dueDate, string reason)
    {
        if (Status != FollowUpStatus.Pending)
            throw new AlreadyDoneException($"The follow-up is already {Status.ToString().ToLowerInvariant()}; only a pending one can move.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("reasonRequired", "Say why the follow-up moves.");
        if (Candidates.PersonalText.LooksLikeCpr(reason))
            throw new DomainRuleException("cprNotAllowed", "The reason looks like a CPR number, which PartnerCrm never stores.");
        DueDate = dueDate;
        RescheduledReason = reason.Trim();
        NameChange(AuditActions.Reschedule, RescheduledReason);
    }

    /// <summary>The placement's dates moved: a pending follow-up moves as far as its milestone did.</summary>
    internal void MoveBy(int days) => DueDate = DueDate.AddDays(days);

    /// <summary>
    /// Erasure of the candidate: the notes and the rescheduling reason are free text that may name the person, so they
    /// go with the rest of what identifies them, whatever the follow-up's status. The outcome stays for the statistics.
    /// </summary>
    public void ForgetPersonalText()
    {
        if (Notes is null && RescheduledReason is null) return;
        Notes = null;
        RescheduledReason = null;
        NameChange(AuditActions.Update, AuditDetails.Erased);
    }

    /// <summary>Nobody can be asked any more (the person left): the follow-up will not be done.</summary>
    internal void Cancel()
    {
        if (Status == FollowUpStatus.Pending) Status = FollowUpStatus.Cancelled;
    }
}

public sealed record FollowUpResult(Outcome Outcome, decimal? HoursPerWeek, int? EmployerSatisfaction, int? CandidateSatisfaction, string? Notes);
