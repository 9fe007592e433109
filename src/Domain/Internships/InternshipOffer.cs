using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Domain.Internships;

/// <summary>
/// An internship place (praktikplads, virksomhedspraktik) a company offers. Posted by the employer
/// through the API or by a consultant on its behalf. A draft is published (open); an open offer is
/// filled, closed or cancelled; those three are final.
/// </summary>
public sealed class InternshipOffer : Entity
{
    /// <summary>An internship lasts at most as long as the law allows an extended one (26 weeks).</summary>
    public const int MaxDurationWeeks = SchemeRules.ExtendedInternshipWeeks;
    public const int MaxHoursPerWeek = 37;
    public const int MaxSlots = 50;

    private static readonly Dictionary<InternshipStatus, InternshipStatus[]> AllowedTransitions = new()
    {
        [InternshipStatus.Draft] = [InternshipStatus.Open, InternshipStatus.Cancelled],
        [InternshipStatus.Open] = [InternshipStatus.Filled, InternshipStatus.Closed, InternshipStatus.Cancelled],
        [InternshipStatus.Filled] = [],
        [InternshipStatus.Closed] = [],
        [InternshipStatus.Cancelled] = [],
    };

    private InternshipOffer(Guid companyId, string? externalReference)
    {
        CompanyId = companyId;
        ExternalReference = externalReference;
        Title = string.Empty;
        Description = string.Empty;
        City = string.Empty;
        PostalCode = null!;
    }

    // For EF Core.
    private InternshipOffer() : this(Guid.Empty, null)
    {
    }

    public Guid CompanyId { get; private set; }
    public string Title { get; private set; }
    public string Description { get; private set; }
    public string City { get; private set; }
    public PostalCode PostalCode { get; private set; }
    public DateOnly StartDate { get; private set; }
    public int DurationWeeks { get; private set; }
    public int HoursPerWeek { get; private set; }
    public int Slots { get; private set; }
    public DanishLevel DanishLevel { get; private set; }
    public InternshipStatus Status { get; private set; }

    /// <summary>How many placements (ended ones included) hold a place of the offer.</summary>
    public int PlacesTaken { get; private set; }

    /// <summary>The employer's own id for the offer; unique within the company.</summary>
    public string? ExternalReference { get; private set; }

    /// <summary>The company's workplace (P-number) where the person works, when it is named.</summary>
    public Guid? WorkplaceId { get; private set; }

    /// <summary>Names the workplace, one of the company's own, or none.</summary>
    public void NameWorkplace(Workplace? workplace) => WorkplaceId = Workplace.NamedBy(CompanyId, workplace);

    public static InternshipOffer Post(Guid companyId, InternshipTerms terms, bool asDraft, string? externalReference)
    {
        var offer = new InternshipOffer(companyId, externalReference)
        {
            Status = asDraft ? InternshipStatus.Draft : InternshipStatus.Open,
        };
        offer.Apply(terms);
        return offer;
    }

    /// <summary>Changes the terms of an offer that is still a draft or open.</summary>
    public void Revise(InternshipTerms terms, string? externalReference)
    {
        if (!CanBeRevisedIn(Status))
            throw new DomainRuleException(
                "internshipNotEditable",
                $"An internship that is {Status.ToString().ToLowerInvariant()} can no longer be changed.");
        Apply(terms);
        ExternalReference = externalReference;
        if (Status == InternshipStatus.Open && PlacesTaken == Slots) Status = InternshipStatus.Filled;
    }

    /// <summary>Only a draft or an open offer can have its terms changed.</summary>
    public static bool CanBeRevisedIn(InternshipStatus status) => status is InternshipStatus.Draft or InternshipStatus.Open;

    /// <summary>The statuses an offer in <paramref name="status"/> may move to, so a door offers only those.</summary>
    public static IReadOnlyList<InternshipStatus> TransitionsFrom(InternshipStatus status) => AllowedTransitions[status].AsReadOnly();

    public bool CanChangeTo(InternshipStatus next) => AllowedTransitions[Status].Contains(next);

    public void ChangeStatus(InternshipStatus next)
    {
        if (next == Status) return;
        if (!CanChangeTo(next))
            throw new DomainRuleException(
                "invalidTransition",
                $"An internship that is {Status.ToString().ToLowerInvariant()} cannot become {next.ToString().ToLowerInvariant()}.");
        Status = next;
    }

    public void Close() => ChangeStatus(InternshipStatus.Closed);

    /// <summary>
    /// Takes one place of the offer for a placement: the offer must belong to the placement's company, the
    /// placement must be an internship, the offer open and a place free. When the last place is taken,
    /// the offer is filled. Taking a place changes the offer, so two requests racing for the last place
    /// cannot both win.
    /// </summary>
    /// <exception cref="DomainRuleException">internshipOfAnotherCompany, internshipNotInternshipPlacement, offerFull (filled), internshipNotOpen.</exception>
    public void TakePlace(Guid companyId, PlacementType type)
    {
        if (companyId != CompanyId)
            throw new DomainRuleException("internshipOfAnotherCompany", "The internship offer belongs to another company.");
        if (type != PlacementType.Internship)
            throw new DomainRuleException("internshipNotInternshipPlacement", "Only an internship placement can fill an internship offer.");
        if (Status == InternshipStatus.Filled || PlacesTaken >= Slots)
            throw new DomainRuleException("offerFull", $"All {Slots} places of the internship offer are taken.");
        if (Status != InternshipStatus.Open)
            throw new DomainRuleException("internshipNotOpen", $"The internship offer is {Status.ToString().ToLowerInvariant()}, not open.");
        PlacesTaken++;
        if (PlacesTaken == Slots) Status = InternshipStatus.Filled;
    }

    private void Apply(InternshipTerms terms)
    {
        if (string.IsNullOrWhiteSpace(terms.Title))
            throw new DomainRuleException("titleRequired", "An internship needs a title.");
        if (terms.DurationWeeks is < 1 or > MaxDurationWeeks)
            throw new DomainRuleException("durationExceeded", $"An internship lasts 1 to {MaxDurationWeeks} weeks.");
        if (terms.HoursPerWeek is < 1 or > MaxHoursPerWeek)
            throw new DomainRuleException("hoursOutOfRange", $"An internship is 1 to {MaxHoursPerWeek} hours a week.");
        if (terms.Slots is < 1 or > MaxSlots)
            throw new DomainRuleException("slotsOutOfRange", $"An internship offers 1 to {MaxSlots} places.");
        if (terms.Slots < PlacesTaken)
            throw new DomainRuleException("slotsBelowPlacesTaken", $"{PlacesTaken} places of the internship are already taken; it cannot offer fewer.");
        Title = terms.Title.Trim();
        Description = terms.Description.Trim();
        City = terms.City.Trim();
        PostalCode = terms.PostalCode;
        StartDate = terms.StartDate;
        DurationWeeks = terms.DurationWeeks;
        HoursPerWeek = terms.HoursPerWeek;
        Slots = terms.Slots;
        DanishLevel = terms.DanishLevel;
    }
}

public sealed record InternshipTerms(
    string Title,
    string Description,
    string City,
    PostalCode PostalCode,
    DateOnly StartDate,
    int DurationWeeks,
    int HoursPerWeek,
    int Slots,
    DanishLevel DanishLevel);
