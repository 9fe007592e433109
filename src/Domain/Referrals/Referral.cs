using PartnerCrm.Domain.Auditing;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Domain.Referrals;

public enum ReferralStatus
{
    Proposed,
    Interview,
    Accepted,
    Declined,
    Withdrawn,
}

public enum DeclineReason
{
    Language,
    Qualifications,
    NoShow,
    CandidateDeclined,
    PositionFilled,
    Other,
}

/// <summary>
/// A referral (formidling): the jobcenter proposes a candidate for a company's internship offer and records
/// what came of it. Proposed → interview | accepted | declined | withdrawn; interview → accepted | declined |
/// withdrawn; accepted, declined and withdrawn are final. Accepting makes the internship placement from the
/// offer, within the offer's places and the law's limits.
/// </summary>
public sealed class Referral : Entity
{
    public const int MaxNoteLength = 1000;

    private static readonly Dictionary<ReferralStatus, ReferralStatus[]> AllowedTransitions = new()
    {
        [ReferralStatus.Proposed] = [ReferralStatus.Interview, ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.Withdrawn],
        [ReferralStatus.Interview] = [ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.Withdrawn],
        [ReferralStatus.Accepted] = [],
        [ReferralStatus.Declined] = [],
        [ReferralStatus.Withdrawn] = [],
    };

    /// <summary>The referrals that still hold the candidate's place in the queue for the offer.</summary>
    public static readonly IReadOnlyList<ReferralStatus> Live = [ReferralStatus.Proposed, ReferralStatus.Interview, ReferralStatus.Accepted];

    private Referral(Guid internshipId, Guid candidateId, Guid companyId, string? note, StaffMember proposedBy)
    {
        InternshipId = internshipId;
        CandidateId = candidateId;
        CompanyId = companyId;
        Note = note;
        ProposedBy = proposedBy;
    }

    // For EF Core: an owned type cannot be bound through the constructor.
    private Referral() => ProposedBy = null!;

    public Guid InternshipId { get; private set; }
    public Guid CandidateId { get; private set; }
    public Guid CompanyId { get; private set; }
    public ReferralStatus Status { get; private set; }
    public DeclineReason? DeclineReason { get; private set; }
    public string? Note { get; private set; }
    public Guid? PlacementId { get; private set; }

    /// <summary>When the employer met the candidate; set when the referral reached interview, even if it went on.</summary>
    public DateTimeOffset? InterviewedAt { get; private set; }

    /// <summary>The consultant who proposed the candidate; the placement an employer accepts is theirs.</summary>
    public StaffMember ProposedBy { get; private set; }

    /// <exception cref="DomainRuleException">offerNotOpen, candidateErased, cprNotAllowed.</exception>
    public static Referral Propose(InternshipOffer offer, Candidate candidate, string? note, StaffMember by)
    {
        if (offer.Status != InternshipStatus.Open)
            throw new DomainRuleException("offerNotOpen", $"The internship offer is {offer.Status.ToString().ToLowerInvariant()}; candidates are referred to open offers only.");
        if (candidate.IsErased) throw new DomainRuleException("candidateErased", "An erased candidate cannot be referred.");
        if (PersonalText.LooksLikeCpr(note))
            throw new DomainRuleException("cprNotAllowed", "The note looks like a CPR number, which PartnerCrm never stores.");
        return new Referral(offer.Id, candidate.Id, offer.CompanyId, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), by);
    }

    /// <summary>The statuses a referral in <paramref name="status"/> may move to, so a door offers only those.</summary>
    public static IReadOnlyList<ReferralStatus> TransitionsFrom(ReferralStatus status) => AllowedTransitions[status].AsReadOnly();

    public bool CanChangeTo(ReferralStatus next) => AllowedTransitions[Status].Contains(next);

    /// <summary>Moves to interview, declined or withdrawn. Accepting is <see cref="Accept"/>: it makes a placement.</summary>
    /// <exception cref="DomainRuleException">candidateErased, invalidTransition, declineReasonRequired.</exception>
    public void MoveTo(ReferralStatus next, DeclineReason? reason, Candidate candidate, DateTimeOffset now)
    {
        if (next == ReferralStatus.Accepted)
            throw new InvalidOperationException("Accepting a referral makes a placement: use Accept.");
        EnsureAllowed(next, candidate);
        if (next == ReferralStatus.Declined && reason is null)
            throw new DomainRuleException("declineReasonRequired", "Say why the referral is declined (declineReason).");
        Status = next;
        if (next == ReferralStatus.Declined) DeclineReason = reason;
        if (next == ReferralStatus.Interview) InterviewedAt = now.ToTheMicrosecond();
    }

    /// <summary>
    /// The employer takes the candidate: the offer gives a place (or answers offerFull), and the internship
    /// placement is made from the offer's terms within the law's limits, starting on the offer's start or,
    /// when that has passed, today.
    /// </summary>
    /// <exception cref="DomainRuleException">candidateErased, invalidTransition, offerFull, internshipNotOpen, and the placement's rules.</exception>
    public Placement Accept(InternshipOffer offer, Candidate candidate, Company company, Guid? partnershipId, StaffMember consultant, DateOnly today)
    {
        if (offer.Id != InternshipId || candidate.Id != CandidateId || company.Id != CompanyId)
            throw new InvalidOperationException("The offer, candidate and company must be the referral's own.");
        EnsureAllowed(ReferralStatus.Accepted, candidate);
        offer.TakePlace(company.Id, PlacementType.Internship);
        var start = offer.StartDate < today ? today : offer.StartDate;
        var terms = new PlacementTerms(
            PlacementType.Internship,
            offer.Title,
            offer.HoursPerWeek,
            start,
            start.AddDays(offer.DurationWeeks * 7),
            Extended: offer.DurationWeeks > SchemeRules.InternshipWeeks);
        var placement = Placement.Make(candidate, company, partnershipId, offer.Id, terms, consultant);
        placement.TakeWorkplaceOf(offer);
        Status = ReferralStatus.Accepted;
        PlacementId = placement.Id;
        return placement;
    }

    /// <summary>
    /// The candidate has been erased: the note to the employer may describe the person, so it goes, and a referral
    /// still open (proposed or interview) is withdrawn, so nobody waits for an answer about a person who is no longer
    /// there. An accepted or declined referral keeps its status: it happened, and the statistics count it.
    /// </summary>
    public void ForgetCandidate()
    {
        var open = Status is ReferralStatus.Proposed or ReferralStatus.Interview;
        if (Note is null && !open) return;
        Note = null;
        if (open) Status = ReferralStatus.Withdrawn;
        NameChange(AuditActions.Update, AuditDetails.Erased);
    }

    /// <summary>A referral moves on only for a candidate who is still there, and only along the state machine.</summary>
    private void EnsureAllowed(ReferralStatus next, Candidate candidate)
    {
        if (candidate.Id != CandidateId)
            throw new InvalidOperationException("The candidate must be the referral's own.");
        if (candidate.IsErased)
            throw new DomainRuleException(
                "candidateErased", "The candidate of this referral has been erased, so the referral cannot move on; an open referral was withdrawn with the erasure.");
        if (!CanChangeTo(next))
            throw new DomainRuleException(
                "invalidTransition",
                $"A referral that is {Status.ToString().ToLowerInvariant()} cannot become {next.ToString().ToLowerInvariant()}.");
    }
}
