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

public sealed record CandidateMatchesDto(Guid InternshipId, DanishLevel DanishLevel, IReadOnlyList<CandidateMatchDto> Items);

/// <summary>
/// Candidates for an internship: not erased, with no placement that is planned or active, whose Danish
/// course track meets the offer's level. Best first: higher track, then higher module, then the longest
/// wait since arrival. Each candidate shown is an audited read.
/// </summary>
public sealed record MatchCandidatesQuery(Guid InternshipId, int? Limit) : IQuery<CandidateMatchesDto>;

public sealed class MatchCandidatesQueryValidator : AbstractValidator<MatchCandidatesQuery>
{
    public MatchCandidatesQueryValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, Paging.MaxLimit);
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

        // Track codes sort as they rank (DU1 < DU2 < DU3); people with no course registered come last.
        var candidates = await available
            .OrderBy(c => c.DanishCourse == null)
            .ThenByDescending(c => c.DanishCourse!.Track)
            .ThenByDescending(c => c.DanishCourse!.Module)
            .ThenBy(c => c.ArrivalDate)
            .ThenBy(c => c.Id)
            .Take(query.Limit ?? Paging.DefaultLimit)
            .ToListAsync(cancellationToken);

        await db.AuditReadsAsync(candidates.Select(c => c.Id), cancellationToken);
        return new CandidateMatchesDto(offer.Id, offer.DanishLevel, candidates.Select(c => Match(c, offer.DanishLevel, today)).ToList());
    }

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
