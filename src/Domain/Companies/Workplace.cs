using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Companies;

/// <summary>
/// A company's workplace (produktionsenhed), known by its P-number: the address where a person works. A company
/// with several sites has one per site. Most come from the register's extract; a consultant may add one by hand.
/// </summary>
public sealed class Workplace : Entity
{
    private Workplace(Guid companyId, PNumber pNumber)
    {
        CompanyId = companyId;
        PNumber = pNumber;
    }

    public Guid CompanyId { get; private set; }
    public PNumber PNumber { get; private set; }
    public Address? Address { get; private set; }

    public static Workplace Register(Guid companyId, PNumber pNumber, Address? address) =>
        new(companyId, pNumber) { Address = address };

    /// <summary>
    /// The workplace an internship offer or a placement at the company <paramref name="companyId"/> names, if any:
    /// it must be one of that company's own.
    /// </summary>
    public static Guid? NamedBy(Guid companyId, Workplace? workplace) => workplace switch
    {
        null => null,
        _ when workplace.CompanyId == companyId => workplace.Id,
        _ => throw new DomainRuleException(
            "workplaceOfOtherCompany",
            $"P-number {workplace.PNumber} is a workplace of another company; name one of this company's workplaces."),
    };
}
