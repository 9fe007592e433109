using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Candidates.ListCandidates;

/// <summary>
/// Candidates sorted by display name, then id; erased ones are gone. <c>Search</c> matches the display
/// name or the case reference (case-insensitive, any part). Each candidate shown is an audited read.
/// </summary>
public sealed record ListCandidatesQuery(string? Search, int? Limit, string? Cursor) : IQuery<Page<CandidateDto>>, IPagedQuery;

public sealed class ListCandidatesQueryValidator : AbstractValidator<ListCandidatesQuery>
{
    public ListCandidatesQueryValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.Search).Text(100).MustNotLookLikeCpr();
    }
}

public sealed class ListCandidatesQueryHandler(IAppDbContext db) : IQueryHandler<ListCandidatesQuery, Page<CandidateDto>>
{
    private sealed record Position(string DisplayName, Guid Id);

    public async ValueTask<Page<CandidateDto>> Handle(ListCandidatesQuery query, CancellationToken cancellationToken)
    {
        var candidates = db.Candidates.AsNoTracking().Where(c => c.ErasedAt == null);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var contains = $"%{TextSearch.EscapeLike(query.Search.Trim().ToLowerInvariant())}%";
            candidates = candidates.Where(c =>
                EF.Functions.Like(c.DisplayName!.ToLower(), contains, TextSearch.LikeEscape)
                || EF.Functions.Like(c.CaseReference!.ToLower(), contains, TextSearch.LikeEscape));
        }
        if (query.After<Position>() is { } after)
            candidates = candidates.Where(c =>
                string.Compare(c.DisplayName, after.DisplayName) > 0 || (c.DisplayName == after.DisplayName && c.Id.CompareTo(after.Id) > 0));

        var page = await candidates
            .OrderBy(c => c.DisplayName).ThenBy(c => c.Id)
            .ToPageAsync(query, c => c.ToDto(), c => new Position(c.DisplayName!, c.Id), cancellationToken);
        await db.AuditReadsAsync(page.Items.Select(c => c.Id), cancellationToken);
        return page;
    }
}
