using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Application.Internships;

public sealed record InternshipDto : IVersioned
{
    public required Guid Id { get; init; }
    public required Guid CompanyId { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string City { get; init; }
    public required string PostalCode { get; init; }
    public required DateOnly StartDate { get; init; }
    public required int DurationWeeks { get; init; }
    public required int HoursPerWeek { get; init; }
    public required int Slots { get; init; }

    /// <summary>Places held by placements (ended ones included); when all are taken, the offer is filled.</summary>
    public required int PlacesTaken { get; init; }
    public required DanishLevel DanishLevel { get; init; }
    public required InternshipStatus Status { get; init; }
    public string? ExternalReference { get; init; }

    /// <summary>The P-number of the company's workplace where the person works; null when the offer names none.</summary>
    public string? PNumber { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public uint Version { get; init; }
}

public static class InternshipAnswers
{
    /// <summary>The offer as the API answers it, its workplace's P-number read with it.</summary>
    public static async Task<InternshipDto> AnswerAsync(this IAppDbContext db, InternshipOffer offer, CancellationToken cancellationToken) =>
        offer.ToDto(await db.PNumberOfAsync(offer.WorkplaceId, cancellationToken));

    /// <summary>A page of offers as the API answers them, the P-numbers of their workplaces read in one query.</summary>
    public static async Task<Page<InternshipDto>> AnswerAsync(this IAppDbContext db, Page<InternshipOffer> page, CancellationToken cancellationToken)
    {
        var pNumbers = await db.PNumbersOfAsync(page.Items.Select(o => o.WorkplaceId), cancellationToken);
        return new Page<InternshipDto>(page.Items.Select(o => o.ToDto(pNumbers.Of(o.WorkplaceId))).ToList(), page.NextCursor);
    }
}
