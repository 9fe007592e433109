using System.Globalization;
using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Web.Forms;

namespace PartnerCrm.Web.Pages.Companies;

/// <summary>A company as the form holds it: text as typed, so a wrong number is shown back, not lost.</summary>
public sealed class CompanyForm
{
    public string? Cvr { get; set; }
    public string? Name { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? IndustryCode { get; set; }
    public string? EmployeeCount { get; set; }
    public string? Sector { get; set; } = nameof(Domain.Companies.Sector.Private);
    public string? Website { get; set; }

    /// <summary>The ceased date as it was read (yyyy-MM-dd); the form keeps it, so changing other details does not lose it.</summary>
    public string? CeasedOn { get; set; }

    public uint Version { get; set; }

    public static CompanyForm Of(CompanyDto company) => new()
    {
        Cvr = company.Cvr,
        Name = company.Name,
        Street = company.Address?.Street,
        PostalCode = company.Address?.PostalCode,
        City = company.Address?.City,
        IndustryCode = company.IndustryCode,
        EmployeeCount = company.EmployeeCount?.ToString(CultureInfo.InvariantCulture),
        Sector = company.Sector.ToString(),
        Website = company.Website,
        CeasedOn = Shared.Show.ForInput(company.CeasedOn),
        Version = company.Version,
    };

    /// <summary>The input the commands take. A field that cannot be read is left out, and its error is on the form.</summary>
    public CompanyInput ToInput(FormState form, string numberError)
    {
        int? employees = null;
        if (!string.IsNullOrWhiteSpace(EmployeeCount))
        {
            if (int.TryParse(EmployeeCount.Trim(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture, out var count)) employees = count;
            else form.AddFieldError(nameof(EmployeeCount), numberError);
        }
        var hasAddress = !string.IsNullOrWhiteSpace(Street) || !string.IsNullOrWhiteSpace(PostalCode) || !string.IsNullOrWhiteSpace(City);
        return new CompanyInput(
            Cvr?.Trim().Replace(" ", "") ?? "",
            Name?.Trim() ?? "",
            Blank(IndustryCode),
            Enum.TryParse<Sector>(Sector, out var sector) ? sector : null,
            hasAddress ? new AddressInput(Street?.Trim() ?? "", PostalCode?.Trim() ?? "", City?.Trim() ?? "") : null,
            Blank(Website),
            employees,
            DateOnly.TryParseExact(CeasedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ceasedOn) ? ceasedOn : null);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
