using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Companies.GetCompany;

public sealed record GetCompanyQuery(Guid Id) : IQuery<CompanyDto>;

public sealed class GetCompanyQueryHandler(IAppDbContext db) : IQueryHandler<GetCompanyQuery, CompanyDto>
{
    public async ValueTask<CompanyDto> Handle(GetCompanyQuery query, CancellationToken cancellationToken)
    {
        var row = await db.Companies.AsNoTracking()
            .Where(c => c.Id == query.Id)
            .Select(c => new
            {
                Company = c,
                HasActivePartnership = db.Partnerships.Any(p => p.CompanyId == c.Id && p.Status == PartnershipStatus.Active),
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("company", query.Id);
        return row.Company.ToDto(row.HasActivePartnership);
    }
}
