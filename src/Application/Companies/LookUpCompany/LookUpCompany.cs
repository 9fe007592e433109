using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies.CompanyRegister;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies.LookUpCompany;

/// <summary>
/// What the CVR register says about a company, in the shape of the company body, so a consultant registering
/// it starts from the register's name, address, industry and size instead of typing them.
/// </summary>
public sealed record LookupQuery(string? Cvr) : IQuery<CompanyLookupDto>;

/// <summary>A workplace (P-number) of the company in the register.</summary>
public sealed record RegisterWorkplaceDto(string PNumber, AddressDto? Address);

public sealed record CompanyLookupDto
{
    /// <summary>The most workplaces an answer lists: more than the largest Danish chains have, so a bound, not a cut.</summary>
    public const int MaxWorkplaces = 5000;

    public required string Cvr { get; init; }
    public required string Name { get; init; }
    public string? IndustryCode { get; init; }
    public AddressDto? Address { get; init; }
    public int? EmployeeCount { get; init; }
    public DateOnly? CeasedOn { get; init; }
    public required IReadOnlyList<RegisterWorkplaceDto> Workplaces { get; init; }

    /// <summary>The company in the CRM with this CVR number, when there is one: register it again and it is a duplicate.</summary>
    public Guid? ExistingId { get; init; }

    public required RegisterSource Source { get; init; }
}

public sealed class LookupQueryValidator : AbstractValidator<LookupQuery>
{
    public LookupQueryValidator() =>
        RuleFor(q => q.Cvr)
            .NotEmpty()
            .Text(Domain.Companies.Cvr.Length)
            .Must(Domain.Companies.Cvr.IsValid)
            .WithMessage("A CVR number is 8 digits, does not start with 0 and passes the modulus-11 check.").WithErrorCode("Cvr");
}

public sealed class LookupQueryHandler(ICompanyRegister register, IAppDbContext db) : IQueryHandler<LookupQuery, CompanyLookupDto>
{
    public async ValueTask<CompanyLookupDto> Handle(LookupQuery query, CancellationToken cancellationToken)
    {
        var cvr = Cvr.Parse(query.Cvr!);
        var record = await register.FindAsync(cvr, cancellationToken)
            ?? throw new NotFoundException("company in the CVR register with CVR number", cvr);
        var existingId = await db.Companies.AsNoTracking()
            .Where(c => c.Cvr == cvr)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return new CompanyLookupDto
        {
            Cvr = record.Cvr.Value,
            Name = record.Name,
            IndustryCode = record.IndustryCode?.Value,
            Address = Of(record.Address),
            EmployeeCount = record.EmployeeCount,
            CeasedOn = record.CeasedOn,
            Workplaces = record.Workplaces.Take(CompanyLookupDto.MaxWorkplaces).Select(w => new RegisterWorkplaceDto(w.PNumber.Value, Of(w.Address))).ToList(),
            ExistingId = existingId,
            Source = register.Source,
        };
    }

    private static AddressDto? Of(Address? address) =>
        address is null ? null : new AddressDto(address.Street, address.PostalCode.Value, address.City);
}
