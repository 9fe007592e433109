using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Placements.NameParties;

/// <summary>Display names by candidate id and company names by company id.</summary>
public sealed record PartyNames(IReadOnlyDictionary<Guid, string> Candidates, IReadOnlyDictionary<Guid, string> Companies);

/// <summary>
/// The names to show beside placements and follow-ups, which carry only ids: each candidate's display name and
/// each company's name, at most a page of each. An erased candidate has no name any more and is left out; an
/// unknown id is left out. Each candidate named is an audited read.
/// </summary>
public sealed record NamePartiesQuery(IReadOnlyCollection<Guid> CandidateIds, IReadOnlyCollection<Guid> CompanyIds) : IQuery<PartyNames>;

public sealed class NamePartiesQueryValidator : AbstractValidator<NamePartiesQuery>
{
    public NamePartiesQueryValidator()
    {
        RuleFor(q => q.CandidateIds).NotNull().Must(ids => ids.Count <= Paging.MaxLimit);
        RuleFor(q => q.CompanyIds).NotNull().Must(ids => ids.Count <= Paging.MaxLimit);
    }
}

public sealed class NamePartiesQueryHandler(IAppDbContext db) : IQueryHandler<NamePartiesQuery, PartyNames>
{
    public async ValueTask<PartyNames> Handle(NamePartiesQuery query, CancellationToken cancellationToken)
    {
        var candidateIds = query.CandidateIds.Distinct().ToList();
        var companyIds = query.CompanyIds.Distinct().ToList();
        var candidates = await db.Candidates.AsNoTracking()
            .Where(c => candidateIds.Contains(c.Id) && c.ErasedAt == null)
            .ToDictionaryAsync(c => c.Id, c => c.DisplayName!, cancellationToken);
        var companies = await db.Companies.AsNoTracking()
            .Where(c => companyIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        if (candidates.Count > 0) await db.AuditReadsAsync(candidates.Keys, cancellationToken);
        return new PartyNames(candidates, companies);
    }
}
