using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies;

/// <summary>A company's workplace (produktionsenhed): its P-number and where it is.</summary>
public sealed record WorkplaceDto
{
    public required Guid Id { get; init; }
    public required Guid CompanyId { get; init; }
    public required string PNumber { get; init; }
    public AddressDto? Address { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>A workplace as a consultant registers it: the P-number and, when known, the address.</summary>
public record WorkplaceInput(string PNumber, AddressInput? Address) : IAddressed;

public static class Workplaces
{
    public static WorkplaceDto ToDto(this Workplace workplace) => new()
    {
        Id = workplace.Id,
        CompanyId = workplace.CompanyId,
        PNumber = workplace.PNumber.Value,
        Address = workplace.Address is { } address ? new AddressDto(address.Street, address.PostalCode.Value, address.City) : null,
        CreatedAt = workplace.CreatedAt,
        UpdatedAt = workplace.UpdatedAt,
    };
}
