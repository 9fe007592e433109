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
/// Candidates for an open internship: not erased, with no placement that is planned or active, whose
/// Danish reaches the offer's level on the ladder (<see cref="DanishLadder"/>). Best first: further up the
/// ladder, then the longest wait since arrival, then id. An offer that is not open has no matches. Paged
/// like every list. Each candidate shown is an audited read.
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
        var asked = DanishLadder.StepAskedBy(offer.DanishLevel);

        var currentPlacements = db.Placements.Where(Placement.CurrentOn(today));
        var available = db.Candidates.AsNoTracking()
            .Where(c => c.ErasedAt == null && offer.Status == InternshipStatus.Open)
            .Where(c => !currentPlacements.Any(p => p.CandidateId == c.Id))
            .Where(DanishLadder.ReachingAtLeast(asked));

        // Further up the Danish ladder first; people with no course registered stand on step 0 and come last.
        var ranked = available.RankBy(DanishLadder.StepOfCandidate);
        if (query.After<Position>() is { } after)
            ranked = ranked.Where(r => r.Rank < after.Rank
                || (r.Rank == after.Rank && (r.Item.ArrivalDate > after.ArrivalDate
                    || (r.Item.ArrivalDate == after.ArrivalDate && r.Item.Id.CompareTo(after.Id) > 0))));
        var page = await ranked
            .OrderByDescending(r => r.Rank).ThenBy(r => r.Item.ArrivalDate).ThenBy(r => r.Item.Id)
            .ToPageAsync(query, r => Match(r.Item, offer.DanishLevel, today), r => new Position(r.Rank, r.Item.ArrivalDate, r.Item.Id),
                cancellationToken);

        await db.AuditReadsAsync(page.Items.Select(m => m.CandidateId), cancellationToken);
        return new CandidateMatchesDto(offer.Id, offer.DanishLevel, page.Items, page.NextCursor);
    }

    private sealed record Position(int Rank, DateOnly ArrivalDate, Guid Id);

    private static CandidateMatchDto Match(Candidate candidate, DanishLevel wanted, DateOnly today)
    {
        var daysWaiting = today.DayNumber - candidate.ArrivalDate.DayNumber;
        var reached = DanishLadder.NameOf(DanishLadder.StepOf(candidate.DanishCourse));
        var danish = candidate.DanishCourse is { } course
            ? $"{course.Track} module {course.Module} reaches {reached}" +
              (wanted == DanishLevel.None ? "" : $", which meets {wanted} ({DanishLadder.NameOf(DanishLadder.StepAskedBy(wanted))})")
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
