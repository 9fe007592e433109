using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Companies.GetCompany;

public sealed record GetCompanyQuery(Guid Id) : IQuery<CompanyDto>;

public sealed class GetCompanyQueryHandler(IAppDbContext db) : IQueryHandler<GetCompanyQuery, CompanyDto>
{
    public async ValueTask<CompanyDto> Handle(GetCompanyQuery query, CancellationToken cancellationToken)
    {
        var row = await db.Companies.AsNoTracking()
            .Where(c => c.Id == query.Id)
            .WithPartnershipState(db)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("company", query.Id);
        return row.ToDto();
    }
}
