using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Web.Forms;
using PartnerCrm.Web.Resources;

namespace PartnerCrm.Web.Pages.Candidates;

/// <summary>A candidate as the form holds it: text as typed, so a wrong year is shown back, not lost.</summary>
public sealed class CandidateForm
{
    public string? CaseReference { get; set; }
    public string? DisplayName { get; set; }
    public string? BirthYear { get; set; }
    public string? Gender { get; set; } = nameof(Domain.Candidates.Gender.Unspecified);
    public string? CountryOfOrigin { get; set; }
    public string? ResidenceBasis { get; set; }
    public string? ArrivalDate { get; set; }
    public string? Track { get; set; }
    public string? Module { get; set; }
    public string? EducationLevel { get; set; } = nameof(Domain.Candidates.EducationLevel.Unknown);
    public string? Notes { get; set; }
    public uint Version { get; set; }

    public static CandidateForm Of(CandidateDto candidate) => new()
    {
        CaseReference = candidate.CaseReference,
        DisplayName = candidate.DisplayName,
        BirthYear = candidate.BirthYear.ToString(CultureInfo.InvariantCulture),
        Gender = candidate.Gender.ToString(),
        CountryOfOrigin = candidate.CountryOfOrigin,
        ResidenceBasis = candidate.ResidenceBasis.ToString(),
        ArrivalDate = candidate.ArrivalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Track = candidate.DanishCourse?.Track.ToString(),
        Module = candidate.DanishCourse?.Module.ToString(CultureInfo.InvariantCulture),
        EducationLevel = candidate.EducationLevel.ToString(),
        Notes = candidate.Notes,
        Version = candidate.Version,
    };

    /// <summary>
    /// The input the commands take. A field that cannot be read gets its error on the form; the validators then
    /// see a readable stand-in, so they do not also call the field empty. A form with errors is never sent.
    /// </summary>
    public CandidateInput ToInput(FormState form, TextsForInput texts)
    {
        int? birthYear = null;
        if (!string.IsNullOrWhiteSpace(BirthYear))
        {
            if (int.TryParse(BirthYear.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) birthYear = year;
            else
            {
                form.AddFieldError(nameof(BirthYear), texts.Number);
                birthYear = DateTime.UtcNow.Year;
            }
        }

        DateOnly? arrival = null;
        if (!string.IsNullOrWhiteSpace(ArrivalDate))
        {
            if (DateOnly.TryParseExact(ArrivalDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) arrival = date;
            else
            {
                form.AddFieldError(nameof(ArrivalDate), texts.Date);
                arrival = DateOnly.FromDateTime(DateTime.UtcNow);
            }
        }

        return new CandidateInput(
            CaseReference?.Trim() ?? "",
            DisplayName?.Trim() ?? "",
            birthYear,
            Parse<Gender>(Gender),
            CountryOfOrigin?.Trim().ToUpperInvariant() ?? "",
            Parse<ResidenceBasis>(ResidenceBasis),
            arrival,
            Course(form, texts),
            Parse<EducationLevel>(EducationLevel),
            string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim());
    }

    /// <summary>A Danish course is a track and a module together; one without the other is an error on the missing one.</summary>
    private DanishCourseDto? Course(FormState form, TextsForInput texts)
    {
        var track = Parse<DanishTrack>(Track);
        int? module = int.TryParse(Module, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
        if (track is null && module is null) return null;
        if (track is null) form.AddFieldError(nameof(Track), texts.ModuleWithoutTrack);
        if (module is null) form.AddFieldError(nameof(Module), texts.TrackWithoutModule);
        return track is { } t && module is { } m ? new DanishCourseDto(t, m) : null;
    }

    /// <summary>
    /// The candidate that already has the case reference, when that is why the form was refused; the error is then
    /// on the case reference, and the page links to that candidate.
    /// </summary>
    public static Guid? HoldsCaseReference(Exception refusal, FormState form, string text)
    {
        if (refusal is not ConflictException { ExistingId: { } existing }) return null;
        form.AddFieldError(nameof(CaseReference), text);
        return existing;
    }

    /// <summary>An option's value is the enum's name; an empty choice is no value, which the validators judge.</summary>
    private static T? Parse<T>(string? value) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}

/// <summary>The texts the form needs for input it cannot read, in the page's language.</summary>
public sealed record TextsForInput(string Number, string Date, string ModuleWithoutTrack, string TrackWithoutModule)
{
    public static TextsForInput Of(IStringLocalizer<CandidateTexts> texts, IStringLocalizer<ValidationTexts> validation) =>
        new(validation["Number"], validation["Date"], texts["Field.ModuleWithoutTrack"], texts["Field.TrackWithoutModule"]);
}
