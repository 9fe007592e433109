using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Internships;

namespace PartnerCrm.Application.Referrals.ListOfferReferrals;

/// <summary>
/// The referrals to one of the employer's offers, newest first, each with a pseudonymous card of the
/// candidate: an alias, the Danish level reached, the education level and the age band. Another
/// company's offer is not found.
/// </summary>
public sealed record ListOfferReferralsQuery(Guid InternshipId, Guid CompanyId, int? Limit, string? Cursor)
    : IQuery<Page<EmployerReferralDto>>, IPagedQuery;

public sealed class ListOfferReferralsQueryValidator : AbstractValidator<ListOfferReferralsQuery>
{
    public ListOfferReferralsQueryValidator() => this.ValidatePaging();
}

public sealed class ListOfferReferralsQueryHandler(IAppDbContext db, ICandidateAliases aliases, TimeProvider clock)
    : IQueryHandler<ListOfferReferralsQuery, Page<EmployerReferralDto>>
{
    private sealed record Position(DateTimeOffset CreatedAt, Guid Id);

    public async ValueTask<Page<EmployerReferralDto>> Handle(ListOfferReferralsQuery query, CancellationToken cancellationToken)
    {
        var offer = await db.FindOfferAsync(query.InternshipId, query.CompanyId, cancellationToken);
        var rows = from r in db.Referrals.AsNoTracking()
                   join c in db.Candidates on r.CandidateId equals c.Id
                   where r.InternshipId == offer.Id
                   select new { Referral = r, Candidate = c };
        if (query.After<Position>() is { } after)
            rows = rows.Where(x => x.Referral.CreatedAt < after.CreatedAt || (x.Referral.CreatedAt == after.CreatedAt && x.Referral.Id.CompareTo(after.Id) < 0));
        var year = clock.Today().Year;
        return await rows
            .OrderByDescending(x => x.Referral.CreatedAt).ThenByDescending(x => x.Referral.Id)
            .ToPageAsync(query, x => EmployerReferralDto.Of(x.Referral, x.Candidate, aliases, year), x => new Position(x.Referral.CreatedAt, x.Referral.Id),
                cancellationToken);
    }
}
