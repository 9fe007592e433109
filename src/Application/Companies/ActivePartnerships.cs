using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Companies;

/// <summary>A company read with whether it has an active partnership.</summary>
public sealed record CompanyRow
{
    public required Company Company { get; init; }
    public required bool HasActivePartnership { get; init; }

    public CompanyDto ToDto() => Company.ToDto(HasActivePartnership);
}

/// <summary>"Has an active partnership" (<see cref="Partnership.Active"/>) as the company lists and cards ask it.</summary>
public static class ActivePartnerships
{
    public static IQueryable<Company> HavingActivePartnership(this IQueryable<Company> companies, IAppDbContext db, bool wanted)
    {
        var active = db.Partnerships.Where(Partnership.Active);
        return companies.Where(c => active.Any(p => p.CompanyId == c.Id) == wanted);
    }

    public static IQueryable<CompanyRow> WithPartnershipState(this IQueryable<Company> companies, IAppDbContext db)
    {
        var active = db.Partnerships.Where(Partnership.Active);
        return companies.Select(c => new CompanyRow { Company = c, HasActivePartnership = active.Any(p => p.CompanyId == c.Id) });
    }
}
