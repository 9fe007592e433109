using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Placements.GetPlacement;

public sealed record GetPlacementQuery(Guid Id) : IQuery<PlacementDto>;

public sealed class GetPlacementQueryHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetPlacementQuery, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(GetPlacementQuery query, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().Include(p => p.FollowUps).FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("placement", query.Id);
        return await db.AnswerAsync(placement, clock.Today(), cancellationToken);
    }
}
