using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies.CompanyRegister;

/// <summary>
/// The CVR register, as far as the CRM needs it: what it says about one company. Answered from the last
/// imported extract, or from the Danish Business Authority's CVR system-to-system search when it is configured.
/// </summary>
public interface ICompanyRegister
{
    /// <summary>Where this register's answers come from.</summary>
    RegisterSource Source { get; }

    /// <summary>
    /// The register's record of the company, or null when the register does not know the CVR number.
    /// Throws <see cref="RegisterUnavailableException"/> when the register cannot be asked.
    /// </summary>
    Task<RegisterRecord?> FindAsync(Cvr cvr, CancellationToken cancellationToken);
}

/// <summary>A company as the register has it. Fields the register leaves empty are null.</summary>
public sealed record RegisterRecord(
    Cvr Cvr,
    string Name,
    Address? Address,
    IndustryCode? IndustryCode,
    int? EmployeeCount,
    DateOnly? CeasedOn,
    IReadOnlyList<RegisterWorkplace> Workplaces);

/// <summary>One of the company's production units in the register.</summary>
public sealed record RegisterWorkplace(PNumber PNumber, Address? Address);
