using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Referrals.GetReferral;

public sealed record GetReferralQuery(Guid Id) : IQuery<ReferralDto>;

public sealed class GetReferralQueryHandler(IAppDbContext db) : IQueryHandler<GetReferralQuery, ReferralDto>
{
    public async ValueTask<ReferralDto> Handle(GetReferralQuery query, CancellationToken cancellationToken) =>
        ReferralDto.Of(await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("referral", query.Id));
}
