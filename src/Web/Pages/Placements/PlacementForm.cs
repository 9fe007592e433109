using System.Globalization;
using PartnerCrm.Application.Internships;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Web.Pages.Placements;

/// <summary>A new placement's terms as the form holds them: text as typed, so a wrong date or number is shown back, not lost.</summary>
public sealed class PlacementForm
{
    public string? Type { get; set; }
    public string? JobTitle { get; set; }
    public string? HoursPerWeek { get; set; }
    public string? StartDate { get; set; }
    public string? PlannedEndDate { get; set; }
    public bool Extended { get; set; }
    public string? InternshipId { get; set; }

    /// <summary>A placement from an internship offer starts as the offer describes it.</summary>
    public static PlacementForm From(InternshipDto offer) => new()
    {
        Type = nameof(PlacementType.Internship),
        JobTitle = offer.Title,
        HoursPerWeek = offer.HoursPerWeek.ToString(CultureInfo.InvariantCulture),
        StartDate = Shared.Show.ForInput(offer.StartDate),
        PlannedEndDate = Shared.Show.ForInput(offer.StartDate.AddDays(offer.DurationWeeks * 7)),
        Extended = offer.DurationWeeks > SchemeRules.InternshipWeeks,
        InternshipId = offer.Id.ToString(),
    };
}
