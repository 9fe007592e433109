namespace PartnerCrm.Domain.Companies;

/// <summary>Private or public employer; the wage-subsidy limit depends on it.</summary>
public enum Sector
{
    Private,
    Public,
}
