using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Placements;
using static PartnerCrm.Domain.Internships.InternshipStatus;

namespace PartnerCrm.Domain.Tests;

public class InternshipOfferTests
{
    private static readonly InternshipTerms Warehouse = new(
        "Lagermedarbejder", "Plukning og pakning", "Gentofte", PostalCode.Parse("2820"),
        new DateOnly(2027, 2, 1), 8, 25, 2, DanishLevel.DU2);

    private static InternshipOffer InStatus(InternshipStatus status)
    {
        var offer = InternshipOffer.Post(Guid.NewGuid(), Warehouse, asDraft: status == Draft, null);
        if (status is Filled or Closed or Cancelled) offer.ChangeStatus(status);
        return offer;
    }

    public static TheoryData<InternshipStatus, InternshipStatus, bool> EveryChange()
    {
        HashSet<(InternshipStatus, InternshipStatus)> allowed =
        [
            (Draft, Open), (Draft, Cancelled), (Open, Filled), (Open, Closed), (Open, Cancelled),
            (Draft, Draft), (Open, Open), (Filled, Filled), (Closed, Closed), (Cancelled, Cancelled),
        ];
        var data = new TheoryData<InternshipStatus, InternshipStatus, bool>();
        foreach (var from in Enum.GetValues<InternshipStatus>())
        foreach (var to in Enum.GetValues<InternshipStatus>())
            data.Add(from, to, allowed.Contains((from, to)));
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryChange))]
    public void Draft_opens_and_open_ends_filled_closed_or_cancelled(InternshipStatus from, InternshipStatus to, bool allowed)
    {
        var offer = InStatus(from);
        if (allowed)
        {
            offer.ChangeStatus(to);
            Assert.Equal(to, offer.Status);
        }
        else
        {
            Assert.Equal("invalidTransition", Assert.Throws<DomainRuleException>(() => offer.ChangeStatus(to)).Code);
            Assert.Equal(from, offer.Status);
        }
    }

    [Theory]
    [InlineData(Draft, new[] { Open, Cancelled })]
    [InlineData(Open, new[] { Filled, Closed, Cancelled })]
    [InlineData(Filled, new InternshipStatus[0])]
    [InlineData(Closed, new InternshipStatus[0])]
    [InlineData(Cancelled, new InternshipStatus[0])]
    public void The_statuses_offered_from_a_status_are_the_changes_it_allows_and_never_itself(InternshipStatus from, InternshipStatus[] expected)
    {
        var offered = InternshipOffer.TransitionsFrom(from);
        Assert.Equal(expected, offered);
        foreach (var to in Enum.GetValues<InternshipStatus>())
            Assert.Equal(offered.Contains(to), InStatus(from).CanChangeTo(to));
        foreach (var to in offered)
        {
            var offer = InStatus(from);
            offer.ChangeStatus(to);
            Assert.Equal(to, offer.Status);
        }
    }

    [Fact]
    public void The_statuses_offered_cannot_be_changed_by_the_caller()
    {
        var offered = InternshipOffer.TransitionsFrom(Open);
        Assert.Throws<NotSupportedException>(() => ((IList<InternshipStatus>)offered).Add(Draft));
        Assert.Equal([Filled, Closed, Cancelled], InternshipOffer.TransitionsFrom(Open));
    }

    [Theory]
    [InlineData(Draft, true)]
    [InlineData(Open, true)]
    [InlineData(Filled, false)]
    [InlineData(Closed, false)]
    [InlineData(Cancelled, false)]
    public void An_offer_can_be_revised_exactly_in_the_statuses_that_say_so(InternshipStatus status, bool revisable)
    {
        Assert.Equal(revisable, InternshipOffer.CanBeRevisedIn(status));
        var offer = InStatus(status);
        if (revisable) offer.Revise(Warehouse with { Title = "Lagerassistent" }, null);
        else Assert.Throws<DomainRuleException>(() => offer.Revise(Warehouse, null));
        Assert.Equal(revisable ? "Lagerassistent" : "Lagermedarbejder", offer.Title);
    }

    [Theory]
    [InlineData(0, 25, 1, "durationExceeded")]
    [InlineData(27, 25, 1, "durationExceeded")]
    [InlineData(8, 0, 1, "hoursOutOfRange")]
    [InlineData(8, 38, 1, "hoursOutOfRange")]
    [InlineData(8, 25, 0, "slotsOutOfRange")]
    [InlineData(8, 25, 51, "slotsOutOfRange")]
    public void Terms_stay_within_their_bounds(int weeks, int hours, int slots, string code) =>
        Assert.Equal(code, Assert.Throws<DomainRuleException>(() => InternshipOffer.Post(
            Guid.NewGuid(), Warehouse with { DurationWeeks = weeks, HoursPerWeek = hours, Slots = slots }, false, null)).Code);

    [Fact]
    public void The_widest_terms_are_allowed()
    {
        var offer = InternshipOffer.Post(Guid.NewGuid(), Warehouse with { DurationWeeks = 26, HoursPerWeek = 37, Slots = 50 }, false, null);
        Assert.Equal(Open, offer.Status);
    }

    [Theory]
    [InlineData(Filled)]
    [InlineData(Closed)]
    [InlineData(Cancelled)]
    public void Only_drafts_and_open_offers_can_be_revised(InternshipStatus status) =>
        Assert.Equal("internshipNotEditable",
            Assert.Throws<DomainRuleException>(() => InStatus(status).Revise(Warehouse, null)).Code);

    [Fact]
    public void An_open_offer_gives_its_places_to_internship_placements_of_its_company_until_it_is_filled()
    {
        var offer = InStatus(Open);
        offer.TakePlace(offer.CompanyId, PlacementType.Internship);
        Assert.Equal((1, Open), (offer.PlacesTaken, offer.Status));
        offer.TakePlace(offer.CompanyId, PlacementType.Internship);
        Assert.Equal((2, Filled), (offer.PlacesTaken, offer.Status));
    }

    [Theory]
    [InlineData("anotherCompany", "internshipOfAnotherCompany")]
    [InlineData("wageSubsidy", "internshipNotInternshipPlacement")]
    [InlineData("draft", "internshipNotOpen")]
    [InlineData("closed", "internshipNotOpen")]
    public void A_place_is_refused_to_another_company_another_scheme_or_an_offer_that_is_not_open(string variant, string code)
    {
        var offer = InStatus(variant switch { "draft" => Draft, "closed" => Closed, _ => Open });
        var company = variant == "anotherCompany" ? Guid.NewGuid() : offer.CompanyId;
        var type = variant == "wageSubsidy" ? PlacementType.WageSubsidy : PlacementType.Internship;
        Assert.Equal(code, Assert.Throws<DomainRuleException>(() => offer.TakePlace(company, type)).Code);
        Assert.Equal(0, offer.PlacesTaken);
    }

    [Fact]
    public void An_offer_cannot_shrink_below_its_places_taken_and_shrinking_to_them_fills_it()
    {
        var offer = InternshipOffer.Post(Guid.NewGuid(), Warehouse with { Slots = 3 }, asDraft: false, null);
        offer.TakePlace(offer.CompanyId, PlacementType.Internship);
        offer.TakePlace(offer.CompanyId, PlacementType.Internship);
        Assert.Equal("slotsBelowPlacesTaken", Assert.Throws<DomainRuleException>(() => offer.Revise(Warehouse with { Slots = 1 }, null)).Code);
        offer.Revise(Warehouse with { Slots = 2 }, null);
        Assert.Equal(Filled, offer.Status);
        Assert.Equal("offerFull", Assert.Throws<DomainRuleException>(() => offer.TakePlace(offer.CompanyId, PlacementType.Internship)).Code);
    }
}
