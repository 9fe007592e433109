using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Candidates.GetCandidateNames;

/// <summary>
/// The display names of the candidates named, for a list that says whose each placement is (a page of a
/// company's placements). An erased candidate has no name and is left out. Each name read is an audited read.
/// </summary>
public sealed record GetCandidateNamesQuery(IReadOnlyList<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, string>>;

public sealed class GetCandidateNamesQueryValidator : AbstractValidator<GetCandidateNamesQuery>
{
    public GetCandidateNamesQueryValidator()
    {
        RuleFor(q => q.Ids).NotNull();
        RuleFor(q => q.Ids.Count).LessThanOrEqualTo(Paging.MaxLimit).When(q => q.Ids is not null);
    }
}

public sealed class GetCandidateNamesQueryHandler(IAppDbContext db) : IQueryHandler<GetCandidateNamesQuery, IReadOnlyDictionary<Guid, string>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, string>> Handle(GetCandidateNamesQuery query, CancellationToken cancellationToken)
    {
        var ids = query.Ids.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<Guid, string>();
        var names = await db.Candidates.AsNoTracking()
            .Where(c => ids.Contains(c.Id) && c.ErasedAt == null)
            .Select(c => new { c.Id, c.DisplayName })
            .ToDictionaryAsync(c => c.Id, c => c.DisplayName!, cancellationToken);
        await db.AuditReadsAsync(names.Keys, cancellationToken);
        return names;
    }
}
