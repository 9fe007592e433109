using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Companies;

/// <summary>A contact person (kontaktperson) at a company.</summary>
public sealed class Contact : Entity
{
    private Contact(Guid companyId, string name)
    {
        CompanyId = companyId;
        Name = name;
    }

    public Guid CompanyId { get; private set; }
    public string Name { get; private set; }
    public string? Title { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public bool IsPrimary { get; private set; }

    public static Contact Add(Guid companyId, ContactDetails details)
    {
        var contact = new Contact(companyId, details.Name);
        contact.Revise(details);
        return contact;
    }

    public void Revise(ContactDetails details)
    {
        if (string.IsNullOrWhiteSpace(details.Name))
            throw new DomainRuleException("nameRequired", "A contact needs a name.");
        Name = details.Name.Trim();
        Title = details.Title;
        Email = details.Email;
        Phone = details.Phone;
        IsPrimary = details.IsPrimary;
    }

    /// <summary>A company has one primary contact; naming another one makes this one ordinary.</summary>
    public void StepDownAsPrimary() => IsPrimary = false;
}

public sealed record ContactDetails(string Name, string? Title, string? Email, string? Phone, bool IsPrimary);
