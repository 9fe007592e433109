using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Domain.Internships;

/// <summary>
/// An internship place (praktikplads, virksomhedspraktik) a company offers. Posted by the employer
/// through the API or by a consultant on its behalf. A draft is published (open); an open offer is
/// filled, closed or cancelled; those three are final.
/// </summary>
public sealed class InternshipOffer : Entity
{
    public const int MaxDurationWeeks = 26;
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

    /// <summary>The employer's own id for the offer; unique within the company.</summary>
    public string? ExternalReference { get; private set; }

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
        if (Status is not (InternshipStatus.Draft or InternshipStatus.Open))
            throw new DomainRuleException(
                "internshipNotEditable",
                $"An internship that is {Status.ToString().ToLowerInvariant()} can no longer be changed.");
        Apply(terms);
        ExternalReference = externalReference;
    }

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

    /// <summary>Placements now hold <paramref name="placed"/> of the places: when they hold them all, the offer is filled.</summary>
    public void TakePlaces(int placed)
    {
        if (placed >= Slots && Status == InternshipStatus.Open) Status = InternshipStatus.Filled;
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
