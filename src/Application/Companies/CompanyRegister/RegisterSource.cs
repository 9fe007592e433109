namespace PartnerCrm.Application.Companies.CompanyRegister;

/// <summary>
/// Where a register answer came from, so the consultant knows how fresh it is: the last imported extract, or the
/// Danish Business Authority's CVR register itself, asked just now.
/// </summary>
public enum RegisterSource
{
    Extract,
    Cvr,
}
