using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Companies;

public static class CompanyExistence
{
    public static async Task EnsureCompanyExistsAsync(this IAppDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        if (!await db.Companies.AnyAsync(c => c.Id == companyId, cancellationToken))
            throw new NotFoundException("company", companyId);
    }
}
