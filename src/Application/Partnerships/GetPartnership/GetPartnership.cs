using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Partnerships.GetPartnership;

public sealed record GetPartnershipQuery(Guid Id) : IQuery<PartnershipDto>;

public sealed class GetPartnershipQueryHandler(IAppDbContext db) : IQueryHandler<GetPartnershipQuery, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(GetPartnershipQuery query, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("partnership", query.Id);
        return partnership.ToDto();
    }
}
