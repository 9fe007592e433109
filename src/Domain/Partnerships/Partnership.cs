using System.Linq.Expressions;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Partnerships;

/// <summary>
/// The municipality's agreement with one company (partnerskabsaftale).
/// Its status follows prospect → negotiating → active ⇄ paused; it can end from any state, and ended is final.
/// </summary>
public sealed class Partnership : Entity
{
    private static readonly Dictionary<PartnershipStatus, PartnershipStatus[]> AllowedTransitions = new()
    {
        [PartnershipStatus.Prospect] = [PartnershipStatus.Negotiating, PartnershipStatus.Ended],
        [PartnershipStatus.Negotiating] = [PartnershipStatus.Active, PartnershipStatus.Ended],
        [PartnershipStatus.Active] = [PartnershipStatus.Paused, PartnershipStatus.Ended],
        [PartnershipStatus.Paused] = [PartnershipStatus.Active, PartnershipStatus.Ended],
        [PartnershipStatus.Ended] = [],
    };

    private List<Scheme> _schemes = [];

    private Partnership(Guid companyId, StaffMember responsibleConsultant)
    {
        CompanyId = companyId;
        ResponsibleConsultant = responsibleConsultant;
    }

    // For EF Core: an owned type cannot be bound through the constructor.
    private Partnership() => ResponsibleConsultant = null!;

    public Guid CompanyId { get; private set; }
    public PartnershipStatus Status { get; private set; }
    public IReadOnlyList<Scheme> Schemes => _schemes;
    public int CommittedSlotsPerYear { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public StaffMember ResponsibleConsultant { get; private set; }
    public string? Notes { get; private set; }
    public string? StatusReason { get; private set; }

    public bool IsEnded => Status == PartnershipStatus.Ended;

    /// <summary>An active partnership: the agreement is in force (not a prospect, under negotiation, paused or ended).</summary>
    public bool IsActive => Status == PartnershipStatus.Active;

    /// <summary>The rule of <see cref="IsActive"/> for queries.</summary>
    public static readonly Expression<Func<Partnership, bool>> Active = p => p.Status == PartnershipStatus.Active;

    public static Partnership Propose(
        Guid companyId,
        PartnershipTerms terms,
        PartnershipStatus initialStatus,
        DateOnly? startDate,
        StaffMember responsibleConsultant,
        DateOnly today)
    {
        if (initialStatus == PartnershipStatus.Ended)
            throw new DomainRuleException("invalidTransition", "A partnership cannot begin as ended.");
        var partnership = new Partnership(companyId, responsibleConsultant)
        {
            Status = initialStatus,
            StartDate = startDate,
        };
        partnership.Revise(terms);
        if (initialStatus == PartnershipStatus.Active) partnership.StartDate ??= today;
        return partnership;
    }

    /// <summary>The statuses a partnership in <paramref name="status"/> may move to, in the order of its life cycle.</summary>
    public static IReadOnlyList<PartnershipStatus> TransitionsFrom(PartnershipStatus status) => Array.AsReadOnly(AllowedTransitions[status]);

    public bool CanChangeTo(PartnershipStatus next) => AllowedTransitions[Status].Contains(next);

    public void ChangeStatus(PartnershipStatus next, string? reason, DateOnly today)
    {
        if (!CanChangeTo(next))
            throw new DomainRuleException(
                "invalidTransition",
                $"A partnership that is {Status.ToString().ToLowerInvariant()} cannot become {next.ToString().ToLowerInvariant()}.");
        Status = next;
        StatusReason = reason;
        if (next == PartnershipStatus.Active) StartDate ??= today;
        if (next == PartnershipStatus.Ended) EndDate = today;
    }

    public void Revise(PartnershipTerms terms)
    {
        if (IsEnded)
            throw new DomainRuleException("partnershipEnded", "An ended partnership cannot be changed.");
        if (terms.Schemes.Count == 0)
            throw new DomainRuleException("schemesRequired", "A partnership offers at least one scheme.");
        if (terms.CommittedSlotsPerYear < 0)
            throw new DomainRuleException("slotsNegative", "Committed slots cannot be negative.");
        _schemes = terms.Schemes.Distinct().Order().ToList();
        CommittedSlotsPerYear = terms.CommittedSlotsPerYear;
        Notes = terms.Notes;
    }

    public void HandOverTo(StaffMember consultant) => ResponsibleConsultant = consultant;
}

public sealed record PartnershipTerms(IReadOnlyCollection<Scheme> Schemes, int CommittedSlotsPerYear, string? Notes);
