using PartnerCrm.Application.Common;
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
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public uint Version { get; init; }
}
