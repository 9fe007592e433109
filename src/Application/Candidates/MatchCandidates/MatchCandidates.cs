using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.Candidates.MatchCandidates;

public sealed record CandidateMatchDto(
    Guid CandidateId,
    string DisplayName,
    DanishCourseDto? DanishCourse,
    DateOnly ArrivalDate,
    int DaysWaiting,
    string Reason);

/// <summary>One page of the candidates for an offer, best first, and the cursor of the next page (null on the last).</summary>
public sealed record CandidateMatchesDto(Guid InternshipId, DanishLevel DanishLevel, IReadOnlyList<CandidateMatchDto> Items, string? NextCursor);

/// <summary>
/// Candidates for an internship: not erased, with no placement that is planned or active, whose Danish
/// course track meets the offer's level. Best first: higher track, then higher module, then the longest
/// wait since arrival, then id. Paged like every list. Each candidate shown is an audited read.
/// </summary>
public sealed record MatchCandidatesQuery(Guid InternshipId, int? Limit, string? Cursor) : IQuery<CandidateMatchesDto>, IPagedQuery;

public sealed class MatchCandidatesQueryValidator : AbstractValidator<MatchCandidatesQuery>
{
    public MatchCandidatesQueryValidator() => this.ValidatePaging();
}

public sealed class MatchCandidatesQueryHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<MatchCandidatesQuery, CandidateMatchesDto>
{
    public async ValueTask<CandidateMatchesDto> Handle(MatchCandidatesQuery query, CancellationToken cancellationToken)
    {
        var offer = await db.InternshipOffers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == query.InternshipId, cancellationToken)
            ?? throw new NotFoundException("internship", query.InternshipId);
        var today = clock.Today();
        DanishTrack? wanted = offer.DanishLevel == DanishLevel.None ? null : (DanishTrack)(int)offer.DanishLevel;

        var currentPlacements = db.Placements.Where(Placement.CurrentOn(today));
        var available = db.Candidates.AsNoTracking()
            .Where(c => c.ErasedAt == null)
            .Where(c => !currentPlacements.Any(p => p.CandidateId == c.Id));
        if (wanted is { } track) available = available.Where(c => c.DanishCourse != null && c.DanishCourse.Track >= track);

        // Higher track, then higher module, first; people with no course registered come last (rank 0).
        var ranked = available.Select(c => new Ranked
        {
            Candidate = c,
            Rank = c.DanishCourse == null ? 0
                : (c.DanishCourse.Track == DanishTrack.DU3 ? 30 : c.DanishCourse.Track == DanishTrack.DU2 ? 20 : 10) + c.DanishCourse.Module,
        });
        if (query.After<Position>() is { } after)
            ranked = ranked.Where(r => r.Rank < after.Rank
                || (r.Rank == after.Rank && (r.Candidate.ArrivalDate > after.ArrivalDate
                    || (r.Candidate.ArrivalDate == after.ArrivalDate && r.Candidate.Id.CompareTo(after.Id) > 0))));
        var page = await ranked
            .OrderByDescending(r => r.Rank).ThenBy(r => r.Candidate.ArrivalDate).ThenBy(r => r.Candidate.Id)
            .ToPageAsync(query, r => Match(r.Candidate, offer.DanishLevel, today), r => new Position(r.Rank, r.Candidate.ArrivalDate, r.Candidate.Id),
                cancellationToken);

        await db.AuditReadsAsync(page.Items.Select(m => m.CandidateId), cancellationToken);
        return new CandidateMatchesDto(offer.Id, offer.DanishLevel, page.Items, page.NextCursor);
    }

    private sealed record Ranked
    {
        public required Candidate Candidate { get; init; }
        public required int Rank { get; init; }
    }

    private sealed record Position(int Rank, DateOnly ArrivalDate, Guid Id);

    private static CandidateMatchDto Match(Candidate candidate, DanishLevel wanted, DateOnly today)
    {
        var daysWaiting = today.DayNumber - candidate.ArrivalDate.DayNumber;
        var danish = candidate.DanishCourse is { } course
            ? $"{course.Track} module {course.Module}{(wanted == DanishLevel.None ? "" : $" meets {wanted}")}"
            : "no Danish course registered; the offer asks for none";
        return new CandidateMatchDto(
            candidate.Id,
            candidate.DisplayName!,
            candidate.DanishCourse is { } c ? new DanishCourseDto(c.Track, c.Module) : null,
            candidate.ArrivalDate,
            daysWaiting,
            $"{danish}; no current placement; {daysWaiting} days since arrival.");
    }
}
