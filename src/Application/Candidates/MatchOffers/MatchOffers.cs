using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Application.Candidates.MatchOffers;

public sealed record OfferMatchDto(
    Guid InternshipId,
    Guid CompanyId,
    string CompanyName,
    string Title,
    string City,
    DateOnly StartDate,
    int DurationWeeks,
    DanishLevel DanishLevel,
    int PlacesFree,
    string Reason);

/// <summary>One page of the offers a candidate meets, best first; <c>DanishLevelReached</c> is the step of the ladder they stand on.</summary>
public sealed record OfferMatchesDto(Guid CandidateId, string? DanishLevelReached, IReadOnlyList<OfferMatchDto> Items, string? NextCursor);

/// <summary>
/// The other direction of matching: the open internship offers a candidate meets, by the Danish their
/// module reaches on the ladder (<see cref="DanishLadder"/>). Best first: the offer that asks most of the
/// Danish the person has, then the soonest start, then id. Only open offers ever match. Reading it shows
/// the candidate, so it is an audited read.
/// </summary>
public sealed record MatchOffersQuery(Guid CandidateId, int? Limit, string? Cursor) : IQuery<OfferMatchesDto>, IPagedQuery;

public sealed class MatchOffersQueryValidator : AbstractValidator<MatchOffersQuery>
{
    public MatchOffersQueryValidator() => this.ValidatePaging();
}

public sealed class MatchOffersQueryHandler(IAppDbContext db) : IQueryHandler<MatchOffersQuery, OfferMatchesDto>
{
    private sealed record Position(int Asked, DateOnly StartDate, Guid Id);

    public async ValueTask<OfferMatchesDto> Handle(MatchOffersQuery query, CancellationToken cancellationToken)
    {
        var candidate = await db.FindCandidateAsync(query.CandidateId, cancellationToken);
        var step = DanishLadder.StepOf(candidate.DanishCourse);
        var levels = DanishLadder.LevelsMetBy(step);

        var offers = db.InternshipOffers.AsNoTracking()
            .Where(o => o.Status == InternshipStatus.Open && levels.Contains(o.DanishLevel))
            .RankBy(DanishLadder.StepAskedByOffer);
        if (query.After<Position>() is { } after)
            offers = offers.Where(x => x.Rank < after.Asked
                || (x.Rank == after.Asked && (x.Item.StartDate > after.StartDate
                    || (x.Item.StartDate == after.StartDate && x.Item.Id.CompareTo(after.Id) > 0))));
        var ranked = from x in offers
                     join c in db.Companies on x.Item.CompanyId equals c.Id
                     orderby x.Rank descending, x.Item.StartDate, x.Item.Id
                     select new { Offer = x.Item, Asked = x.Rank, CompanyName = c.Name };
        var page = await ranked.ToPageAsync(
            query, x => Match(x.Offer, x.CompanyName, candidate), x => new Position(x.Asked, x.Offer.StartDate, x.Offer.Id), cancellationToken);

        await db.AuditReadsAsync([candidate.Id], cancellationToken);
        return new OfferMatchesDto(candidate.Id, step == 0 ? null : DanishLadder.NameOf(step), page.Items, page.NextCursor);
    }

    private static OfferMatchDto Match(InternshipOffer offer, string companyName, Candidate candidate)
    {
        var free = offer.Slots - offer.PlacesTaken;
        var danish = offer.DanishLevel == DanishLevel.None
            ? "asks for no Danish"
            : $"asks for {offer.DanishLevel} ({DanishLadder.NameOf(DanishLadder.StepAskedBy(offer.DanishLevel))}), and the candidate reaches " +
              DanishLadder.NameOf(DanishLadder.StepOf(candidate.DanishCourse));
        return new OfferMatchDto(
            offer.Id, offer.CompanyId, companyName, offer.Title, offer.City, offer.StartDate, offer.DurationWeeks, offer.DanishLevel, free,
            $"{danish}; starts {offer.StartDate:yyyy-MM-dd}; {free} of {offer.Slots} places free.");
    }
}
