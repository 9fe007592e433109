using System.Linq.Expressions;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Companies;

/// <summary>A company (virksomhed), identified by its CVR number.</summary>
public sealed class Company : Entity
{
    private Company(Cvr cvr, string name)
    {
        Cvr = cvr;
        Name = name;
    }

    public Cvr Cvr { get; private set; }
    public string Name { get; private set; }
    public IndustryCode? IndustryCode { get; private set; }
    public Sector Sector { get; private set; }
    public Address? Address { get; private set; }
    public Uri? Website { get; private set; }
    public int? EmployeeCount { get; private set; }

    /// <summary>The day the company ceased (ophørsdato), as the register says or a consultant recorded; null while it trades.</summary>
    public DateOnly? CeasedOn { get; private set; }

    /// <summary>Whether the company had ceased by <paramref name="day"/>: it ceases on its ceased date.</summary>
    public bool HasCeasedBy(DateOnly day) => CeasedOn is { } ceasedOn && ceasedOn <= day;

    /// <summary>The companies that had ceased by <paramref name="day"/>, for queries; the same rule as <see cref="HasCeasedBy"/>.</summary>
    public static Expression<Func<Company, bool>> CeasedBy(DateOnly day) => c => c.CeasedOn != null && c.CeasedOn <= day;

    /// <summary>
    /// A ceased company gets no new partnership, internship offer or placement: there is no one left to agree with
    /// and nowhere to work. What it had before it ceased stays as history.
    /// </summary>
    public void EnsureTradingOn(DateOnly today)
    {
        if (HasCeasedBy(today))
            throw new DomainRuleException(
                "companyCeased",
                $"{Name} (CVR {Cvr}) ceased on {CeasedOn:yyyy-MM-dd}; a ceased company gets no new partnership, internship offer or placement.");
    }

    public static Company Register(Cvr cvr, CompanyDetails details)
    {
        var company = new Company(cvr, details.Name);
        company.Apply(details);
        return company;
    }

    /// <summary>Changes what may change. The CVR number identifies the company and never changes.</summary>
    public void Revise(Cvr cvr, CompanyDetails details)
    {
        if (cvr != Cvr)
            throw new DomainRuleException(
                "cvrImmutable",
                $"The CVR number of a registered company cannot change (it is {Cvr}); register the other CVR number as a company of its own.");
        Apply(details);
    }

    private void Apply(CompanyDetails details)
    {
        if (string.IsNullOrWhiteSpace(details.Name))
            throw new DomainRuleException("nameRequired", "A company needs a name.");
        if (details.EmployeeCount < 0)
            throw new DomainRuleException("employeeCountNegative", "The number of employees cannot be negative.");
        Name = details.Name.Trim();
        IndustryCode = details.IndustryCode;
        Sector = details.Sector;
        Address = details.Address;
        Website = details.Website;
        EmployeeCount = details.EmployeeCount;
        CeasedOn = details.CeasedOn;
    }
}
