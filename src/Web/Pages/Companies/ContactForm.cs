using PartnerCrm.Application.Companies;

namespace PartnerCrm.Web.Pages.Companies;

/// <summary>A contact person as the form holds them: text as typed, so a wrong e-mail address is shown back, not lost.</summary>
public sealed class ContactForm
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool IsPrimary { get; set; }
    public uint Version { get; set; }

    public static ContactForm Of(ContactDto contact) => new()
    {
        Name = contact.Name,
        Title = contact.Title,
        Email = contact.Email,
        Phone = contact.Phone,
        IsPrimary = contact.IsPrimary,
        Version = contact.Version,
    };

    /// <summary>The input the commands take; an empty optional field is left out.</summary>
    public ContactInput ToInput() => new(Name?.Trim() ?? "", Blank(Title), Blank(Email), Blank(Phone), IsPrimary);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
