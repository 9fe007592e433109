using System.Globalization;
using PartnerCrm.Application.Partnerships;
using PartnerCrm.Domain.Partnerships;
using PartnerCrm.Web.Forms;

namespace PartnerCrm.Web.Pages.Companies.Sections;

/// <summary>
/// A partnership's terms as the form holds them, for proposing one and for revising one: the schemes ticked
/// (posted as <c>Schemes[Internship]=true</c>, so an unticked box simply is not there) and the slots as typed.
/// </summary>
public sealed class PartnershipTermsForm
{
    public const string Ticked = "true";

    public Dictionary<string, string>? Schemes { get; set; }
    public string? CommittedSlotsPerYear { get; set; }
    public string? Notes { get; set; }

    /// <summary>The partnership revised, and the version the user read.</summary>
    public Guid? Id { get; set; }
    public uint Version { get; set; }

    public static PartnershipTermsForm Of(PartnershipDto partnership) => new()
    {
        Schemes = partnership.Schemes.ToDictionary(s => s.ToString(), _ => Ticked),
        CommittedSlotsPerYear = partnership.CommittedSlotsPerYear.ToString(CultureInfo.CurrentCulture),
        Notes = partnership.Notes,
        Id = partnership.Id,
        Version = partnership.Version,
    };

    public bool IsTicked(Scheme scheme) => Schemes?.GetValueOrDefault(scheme.ToString()) == Ticked;

    /// <summary>The schemes ticked, in the order of the list; a name that is no scheme is ignored.</summary>
    public IReadOnlyList<Scheme> TickedSchemes() => Enum.GetValues<Scheme>().Where(IsTicked).ToList();

    /// <summary>The slots as a number; a text that is not a whole number puts its error on the form.</summary>
    public int? Slots(FormState form, string numberError)
    {
        if (string.IsNullOrWhiteSpace(CommittedSlotsPerYear)) return null;
        if (int.TryParse(CommittedSlotsPerYear.Trim(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture, out var slots)) return slots;
        form.AddFieldError(nameof(CommittedSlotsPerYear), numberError);
        return null;
    }

    public string? NotesOrNull() => string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
}
