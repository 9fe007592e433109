using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Companies.GetActivity;

public sealed record GetActivityQuery(Guid CompanyId, Guid ActivityId) : IQuery<ActivityDto>;

public sealed class GetActivityQueryHandler(IAppDbContext db) : IQueryHandler<GetActivityQuery, ActivityDto>
{
    public async ValueTask<ActivityDto> Handle(GetActivityQuery query, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == query.ActivityId && a.CompanyId == query.CompanyId, cancellationToken)
            ?? throw new NotFoundException("activity", query.ActivityId);
        return activity.ToDto();
    }
}
