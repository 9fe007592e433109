using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies.Imports;

namespace PartnerCrm.Application.Companies.Imports.GetCompanyImport;

public sealed record GetCompanyImportQuery(Guid Id) : IQuery<CompanyImportDto>;

public sealed class GetCompanyImportQueryHandler(IAppDbContext db) : IQueryHandler<GetCompanyImportQuery, CompanyImportDto>
{
    public async ValueTask<CompanyImportDto> Handle(GetCompanyImportQuery query, CancellationToken cancellationToken)
    {
        // Read without the uploaded file, which may be 50 MB.
        var job = await db.CompanyImports.Where(i => i.Id == query.Id).Select(CompanyImportDto.Projection).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("company import", query.Id);
        if (job.Status != ImportStatus.Running) return job;
        return job with
        {
            Progress = await db.ImportProgress.Where(p => p.ImportId == query.Id)
                .Select(p => new ImportProgressDto(p.Phase, p.RowsRead, p.RowsTotal))
                .FirstOrDefaultAsync(cancellationToken),
        };
    }
}
