using System.Globalization;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Internships;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Web.Forms;

namespace PartnerCrm.Web.Pages.Internships;

/// <summary>An internship offer as the form holds it: text as typed, so a wrong number or date is shown back, not lost.</summary>
public sealed class InternshipForm
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"];

    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? StartDate { get; set; }
    public string? DurationWeeks { get; set; }
    public string? HoursPerWeek { get; set; }
    public string? Slots { get; set; }
    public string? DanishLevel { get; set; } = nameof(Domain.Internships.DanishLevel.None);
    public string? Status { get; set; } = nameof(InternshipStatus.Open);
    public string? ExternalReference { get; set; }

    /// <summary>The workplace the offer names; the form keeps it as it was read.</summary>
    public string? PNumber { get; set; }

    public uint Version { get; set; }

    /// <summary>A new offer takes its place from the company's address, which is usually where the internship is.</summary>
    public static InternshipForm For(CompanyDto company) => new()
    {
        PostalCode = company.Address?.PostalCode,
        City = company.Address?.City,
    };

    public static InternshipForm Of(InternshipDto offer) => new()
    {
        Title = offer.Title,
        Description = offer.Description,
        PostalCode = offer.PostalCode,
        City = offer.City,
        StartDate = Shared.Show.ForInput(offer.StartDate),
        DurationWeeks = offer.DurationWeeks.ToString(CultureInfo.CurrentCulture),
        HoursPerWeek = offer.HoursPerWeek.ToString(CultureInfo.CurrentCulture),
        Slots = offer.Slots.ToString(CultureInfo.CurrentCulture),
        DanishLevel = offer.DanishLevel.ToString(),
        Status = offer.Status.ToString(),
        ExternalReference = offer.ExternalReference,
        PNumber = offer.PNumber,
        Version = offer.Version,
    };

    /// <summary>
    /// The input the commands take. A number or date that cannot be read is left out, and its error is on the form;
    /// <paramref name="withStatus"/> sends the chosen status (a new offer is a draft or open).
    /// </summary>
    public InternshipOfferInput ToInput(FormState form, string numberError, string dateError, bool withStatus) => new()
    {
        Title = Trimmed(Title) ?? "",
        Description = Trimmed(Description),
        City = Trimmed(City) ?? "",
        PostalCode = Trimmed(PostalCode) ?? "",
        StartDate = DateOf(StartDate, nameof(StartDate), form, dateError),
        DurationWeeks = NumberOf(DurationWeeks, nameof(DurationWeeks), form, numberError),
        HoursPerWeek = NumberOf(HoursPerWeek, nameof(HoursPerWeek), form, numberError),
        Slots = NumberOf(Slots, nameof(Slots), form, numberError),
        DanishLevel = Enum.TryParse<DanishLevel>(DanishLevel, out var level) ? level : null,
        Status = withStatus && Enum.TryParse<InternshipStatus>(Status, out var status) ? status : null,
        ExternalReference = Trimmed(ExternalReference),
        PNumber = Trimmed(PNumber),
    };

    private static int? NumberOf(string? text, string field, FormState form, string error)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture, out var number)) return number;
        form.AddFieldError(field, error);
        return null;
    }

    private static DateOnly? DateOf(string? text, string field, FormState form, string error)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        form.AddFieldError(field, error);
        return null;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
