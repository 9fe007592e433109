using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Referrals;

namespace PartnerCrm.Application.Referrals.ListReferrals;

/// <summary>Referrals, newest first, filtered by offer, candidate, company and status.</summary>
public sealed record ListReferralsQuery(Guid? InternshipId, Guid? CandidateId, Guid? CompanyId, string? Status, int? Limit, string? Cursor)
    : IQuery<Page<ReferralDto>>, IPagedQuery;

public sealed class ListReferralsQueryValidator : AbstractValidator<ListReferralsQuery>
{
    public ListReferralsQueryValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.Status).MustBeOneOf<ListReferralsQuery, ReferralStatus>();
    }
}

public sealed class ListReferralsQueryHandler(IAppDbContext db) : IQueryHandler<ListReferralsQuery, Page<ReferralDto>>
{
    public async ValueTask<Page<ReferralDto>> Handle(ListReferralsQuery query, CancellationToken cancellationToken)
    {
        var referrals = db.Referrals.AsNoTracking();
        if (query.InternshipId is { } internshipId) referrals = referrals.Where(r => r.InternshipId == internshipId);
        if (query.CandidateId is { } candidateId) referrals = referrals.Where(r => r.CandidateId == candidateId);
        if (query.CompanyId is { } companyId) referrals = referrals.Where(r => r.CompanyId == companyId);
        if (EnumText.Parse<ReferralStatus>(query.Status) is { } status) referrals = referrals.Where(r => r.Status == status);
        return await referrals.NewestFirstPageAsync(query, ReferralDto.Of, cancellationToken);
    }
}
