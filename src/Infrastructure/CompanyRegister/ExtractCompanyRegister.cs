using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Companies.CompanyRegister;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Infrastructure.Persistence;
using PartnerCrm.Infrastructure.Persistence.Configurations;

namespace PartnerCrm.Infrastructure.CompanyRegister;

/// <summary>
/// The register as the last imported extract had it: the record kept beside each company and workplace
/// (<c>register_record</c>), not the company's own fields, which a consultant may have corrected since. A company
/// the extract never delivered is unknown here, even when the CRM has it.
/// </summary>
public sealed class ExtractCompanyRegister(AppDbContext db) : ICompanyRegister
{
    private static readonly JsonSerializerOptions RecordJson = new(JsonSerializerDefaults.Web);

    public RegisterSource Source => RegisterSource.Extract;

    public async Task<RegisterRecord?> FindAsync(Cvr cvr, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking()
            .Where(c => c.Cvr == cvr && EF.Property<string?>(c, CompanyConfiguration.RegisterRecord) != null)
            .Select(c => new { c.Id, Record = EF.Property<string>(c, CompanyConfiguration.RegisterRecord) })
            .FirstOrDefaultAsync(cancellationToken);
        if (company is null) return null;

        var workplaces = await db.Workplaces.AsNoTracking()
            .Where(w => w.CompanyId == company.Id && EF.Property<string?>(w, CompanyConfiguration.RegisterRecord) != null)
            .OrderBy(w => w.PNumber)
            .Select(w => new { w.PNumber, Record = EF.Property<string>(w, CompanyConfiguration.RegisterRecord) })
            .ToListAsync(cancellationToken);

        var record = JsonSerializer.Deserialize<CompanyRecord>(company.Record, RecordJson)!;
        return new RegisterRecord(
            cvr,
            record.Name ?? "",
            AddressOf(record.Street, record.PostalCode, record.City),
            IndustryCode.IsValid(record.IndustryCode) ? IndustryCode.Parse(record.IndustryCode!) : null,
            record.EmployeeCount,
            record.CeasedOn,
            workplaces
                .Select(w => (w.PNumber, Place: JsonSerializer.Deserialize<WorkplaceRecord>(w.Record, RecordJson)!))
                .Select(w => new RegisterWorkplace(w.PNumber, AddressOf(w.Place.Street, w.Place.PostalCode, w.Place.City)))
                .ToList());
    }

    /// <summary>An address only when the extract has all of it, as the company body requires.</summary>
    private static Address? AddressOf(string? street, string? postalCode, string? city) =>
        string.IsNullOrWhiteSpace(street) || string.IsNullOrWhiteSpace(city) || !PostalCode.IsValid(postalCode)
            ? null
            : new Address(street.Trim(), PostalCode.Parse(postalCode!), city.Trim());

    private sealed record CompanyRecord(
        string? Name, string? Street, string? PostalCode, string? City, string? IndustryCode, int? EmployeeCount, DateOnly? CeasedOn);

    private sealed record WorkplaceRecord(string? Street, string? PostalCode, string? City);
}
