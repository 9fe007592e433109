using System.Linq.Expressions;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Domain.Placements;

/// <summary>
/// One candidate at one company under one scheme (forløb / ansættelse). Made within the scheme's legal
/// limits, with its follow-ups; its status follows from its dates and today's date.
/// </summary>
public sealed class Placement : Entity
{
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

public sealed record PlacementTerms(
    PlacementType Type,
    string JobTitle,
    decimal HoursPerWeek,
    DateOnly StartDate,
    DateOnly? PlannedEndDate,
    bool Extended);
