using System.Linq.Expressions;
using PartnerCrm.Domain.Auditing;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Domain.Placements;

/// <summary>
/// One candidate at one company under one scheme (forløb / ansættelse). Made within the scheme's legal
/// limits, with its follow-ups; its status follows from its dates and today's date.
/// </summary>
public sealed class Placement : Entity
{
    public const int MaxJobTitleLength = 200;

    private readonly List<FollowUp> _followUps = [];

    private Placement()
    {
        JobTitle = "";
        Consultant = null!;
    }

    public Guid CandidateId { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid? PartnershipId { get; private set; }
    public Guid? InternshipId { get; private set; }

    /// <summary>The company's workplace (P-number) where the person works, when it is named.</summary>
    public Guid? WorkplaceId { get; private set; }

    /// <summary>Names the workplace, one of the company's own, or none.</summary>
    public void NameWorkplace(Workplace? workplace) => WorkplaceId = Workplace.NamedBy(CompanyId, workplace);

    /// <summary>A placement made from an internship offer works where the offer is, already checked to be the company's.</summary>
    internal void TakeWorkplaceOf(InternshipOffer offer) => WorkplaceId = offer.WorkplaceId;
    public PlacementType Type { get; private set; }
    public string JobTitle { get; private set; }
    public decimal HoursPerWeek { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly? PlannedEndDate { get; private set; }
    public bool Extended { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public EndReason? EndReason { get; private set; }
    public StaffMember Consultant { get; private set; }
    public IReadOnlyList<FollowUp> FollowUps => _followUps;

    public static Placement Make(
        Candidate candidate,
        Company company,
        Guid? partnershipId,
        Guid? internshipId,
        PlacementTerms terms,
        StaffMember consultant)
    {
        if (candidate.IsErased) throw new DomainRuleException("candidateErased", "An erased candidate cannot be placed.");
        if (PersonalText.LooksLikeCpr(terms.JobTitle))
            throw new DomainRuleException("cprNotAllowed", "The jobTitle looks like a CPR number, which PartnerCrm never stores.");
        var plannedEnd = SchemeRules.PlannedEnd(terms.Type, terms.StartDate, terms.PlannedEndDate);
        SchemeRules.Check(terms.Type, company.Sector, terms.StartDate, plannedEnd, terms.HoursPerWeek, terms.Extended);

        var placement = new Placement
        {
            CandidateId = candidate.Id,
            CompanyId = company.Id,
            PartnershipId = partnershipId,
            InternshipId = internshipId,
            Type = terms.Type,
            JobTitle = terms.JobTitle.Trim(),
            HoursPerWeek = terms.HoursPerWeek,
            StartDate = terms.StartDate,
            PlannedEndDate = plannedEnd,
            Extended = terms.Extended,
            Consultant = consultant,
        };
        foreach (var (milestone, dueDate) in FollowUpSchedule.For(placement.Type, placement.StartDate, placement.PlannedEndDate))
            placement._followUps.Add(FollowUp.Schedule(placement, milestone, dueDate));
        return placement;
    }

    /// <summary>The last day of the placement: the day it ended, else its planned end; null while it has no end.</summary>
    public DateOnly? LastDay => EndDate ?? PlannedEndDate;

    /// <summary>Planned before the start; ended after its last day; active between.</summary>
    public PlacementStatus StatusOn(DateOnly today) =>
        LastDay < today ? PlacementStatus.Ended
        : today < StartDate ? PlacementStatus.Planned
        : PlacementStatus.Active;

    /// <summary>The rule of <see cref="StatusOn"/> for queries: the placements that have <paramref name="status"/> on <paramref name="today"/>.</summary>
    public static Expression<Func<Placement, bool>> InStatusOn(PlacementStatus status, DateOnly today) => status switch
    {
        PlacementStatus.Ended => p => (p.EndDate ?? p.PlannedEndDate) < today,
        PlacementStatus.Planned => p => !((p.EndDate ?? p.PlannedEndDate) < today) && today < p.StartDate,
        _ => p => !((p.EndDate ?? p.PlannedEndDate) < today) && p.StartDate <= today,
    };

    /// <summary>Planned or active on <paramref name="today"/>: not yet ended. A person in such a placement is not available.</summary>
    public static Expression<Func<Placement, bool>> CurrentOn(DateOnly today) => InStatusOn(PlacementStatus.Ended, today).Not();

    /// <summary>Ended early: the employer ended it or the person left (see <see cref="EndReasons.Early"/>).</summary>
    public bool EndedEarly => EndReason is { } reason && EndReasons.Early.Contains(reason);

    /// <summary>
    /// Moves the planned end later, within the scheme's legal limits (the same rules as making it). An
    /// internship that runs past 13 weeks becomes extended. Pending follow-ups move with the dates. Every extension
    /// is an <c>extend</c> in the audit trail, whether or not it makes an internship extended.
    /// </summary>
    /// <exception cref="DomainRuleException">placementEnded, notLater, durationExceeded.</exception>
    public void Extend(DateOnly plannedEnd, Sector sector)
    {
        if (EndDate is not null)
            throw new DomainRuleException("placementEnded", $"The placement ended on {EndDate:yyyy-MM-dd}; an ended placement cannot be extended.");
        if (PlannedEndDate is { } current && plannedEnd <= current)
            throw new DomainRuleException("notLater", $"An extension ends after the planned end, {current:yyyy-MM-dd}.");
        var extended = Extended || (Type == PlacementType.Internship && plannedEnd > StartDate.AddDays(SchemeRules.InternshipWeeks * 7));
        SchemeRules.Check(Type, sector, StartDate, plannedEnd, HoursPerWeek, extended);
        ChangeDates(StartDate, plannedEnd);
        Extended = extended;
        NameChange(AuditActions.Extend);
    }

    /// <summary>
    /// Corrects what was recorded: the job title and hours at any time; the start and the planned end only
    /// before the start (after it, an extension or an end says what happened). The legal limits hold.
    /// </summary>
    /// <exception cref="DomainRuleException">placementStarted, cprNotAllowed, and the scheme's rules.</exception>
    public void Correct(PlacementCorrection correction, Sector sector, DateOnly today)
    {
        if (PersonalText.LooksLikeCpr(correction.JobTitle))
            throw new DomainRuleException("cprNotAllowed", "The jobTitle looks like a CPR number, which PartnerCrm never stores.");
        var plannedEnd = SchemeRules.PlannedEnd(Type, correction.StartDate, correction.PlannedEndDate);
        var datesChange = correction.StartDate != StartDate || plannedEnd != PlannedEndDate;
        if (datesChange && StatusOn(today) != PlacementStatus.Planned)
            throw new DomainRuleException("placementStarted",
                $"The placement started on {StartDate:yyyy-MM-dd}; its dates change only by an extension or an end.");
        SchemeRules.Check(Type, sector, correction.StartDate, plannedEnd, correction.HoursPerWeek, Extended);
        JobTitle = correction.JobTitle.Trim();
        HoursPerWeek = correction.HoursPerWeek;
        if (datesChange) ChangeDates(correction.StartDate, plannedEnd);
    }

    /// <summary>
    /// New dates, and the pending follow-ups move with them: each by as many days as its milestone moved,
    /// so one that a consultant rescheduled keeps its distance from the milestone.
    /// </summary>
    private void ChangeDates(DateOnly start, DateOnly? plannedEnd)
    {
        var before = FollowUpSchedule.For(Type, StartDate, PlannedEndDate).ToDictionary(m => m.Milestone, m => m.DueDate);
        StartDate = start;
        PlannedEndDate = plannedEnd;
        var after = FollowUpSchedule.For(Type, StartDate, PlannedEndDate).ToDictionary(m => m.Milestone, m => m.DueDate);
        foreach (var followUp in _followUps.Where(f => f.Status == FollowUpStatus.Pending))
            followUp.MoveBy(after[followUp.Milestone].DayNumber - before[followUp.Milestone].DayNumber);
    }

    /// <summary>Records how the placement ended. It ends once; a person who left cannot be followed up.</summary>
    public void End(DateOnly endDate, EndReason reason)
    {
        if (EndDate is not null) throw new AlreadyDoneException($"The placement already ended on {EndDate:yyyy-MM-dd}.");
        if (endDate < StartDate) throw new DomainRuleException("endBeforeStart", "A placement cannot end before it starts.");
        EndDate = endDate;
        EndReason = reason;
        if (reason == Placements.EndReason.CandidateLeft)
            foreach (var followUp in _followUps) followUp.Cancel();
    }
}

public sealed record PlacementCorrection(string JobTitle, decimal HoursPerWeek, DateOnly StartDate, DateOnly? PlannedEndDate);

public sealed record PlacementTerms(
    PlacementType Type,
    string JobTitle,
    decimal HoursPerWeek,
    DateOnly StartDate,
    DateOnly? PlannedEndDate,
    bool Extended);
