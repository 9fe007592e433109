using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Internships;

namespace PartnerCrm.Application.Referrals.ListInternshipReferrals;

/// <summary>A referral with the name staff know the candidate by; null once the candidate is erased.</summary>
public sealed record InternshipReferralDto(ReferralDto Referral, string? CandidateName);

/// <summary>
/// The referrals to one offer as staff see them, newest first (by creation, then id), each with the candidate's
/// display name. Every candidate named is an audited read.
/// </summary>
public sealed record ListInternshipReferralsQuery(Guid InternshipId, int? Limit, string? Cursor)
    : IQuery<Page<InternshipReferralDto>>, IPagedQuery;

public sealed class ListInternshipReferralsQueryValidator : AbstractValidator<ListInternshipReferralsQuery>
{
    public ListInternshipReferralsQueryValidator() => this.ValidatePaging();
}

public sealed class ListInternshipReferralsQueryHandler(IAppDbContext db)
    : IQueryHandler<ListInternshipReferralsQuery, Page<InternshipReferralDto>>
{
    private sealed record Position(DateTimeOffset CreatedAt, Guid Id);

    public async ValueTask<Page<InternshipReferralDto>> Handle(ListInternshipReferralsQuery query, CancellationToken cancellationToken)
    {
        var offer = await db.FindOfferAsync(query.InternshipId, onlyOfCompany: null, cancellationToken);
        var rows = from r in db.Referrals.AsNoTracking()
                   join c in db.Candidates.AsNoTracking() on r.CandidateId equals c.Id
                   where r.InternshipId == offer.Id
                   select new { Referral = r, c.DisplayName, c.ErasedAt };
        if (query.After<Position>() is { } after)
            rows = rows.Where(x => x.Referral.CreatedAt < after.CreatedAt
                || (x.Referral.CreatedAt == after.CreatedAt && x.Referral.Id.CompareTo(after.Id) < 0));
        var page = await rows
            .OrderByDescending(x => x.Referral.CreatedAt).ThenByDescending(x => x.Referral.Id)
            .ToPageAsync(query, x => new InternshipReferralDto(ReferralDto.Of(x.Referral), x.ErasedAt == null ? x.DisplayName : null),
                x => new Position(x.Referral.CreatedAt, x.Referral.Id), cancellationToken);
        await db.AuditReadsAsync(
            page.Items.Where(r => r.CandidateName is not null).Select(r => r.Referral.CandidateId).Distinct(), cancellationToken);
        return page;
    }
}
