using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Application.Internships;

/// <summary>An internship offer as an employer (or a consultant on its behalf) writes it.</summary>
public record InternshipOfferInput
{
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string City { get; init; } = "";
    public string PostalCode { get; init; } = "";
    public DateOnly? StartDate { get; init; }
    public int? DurationWeeks { get; init; }
    public int? HoursPerWeek { get; init; }
    public int? Slots { get; init; }

    /// <summary>Defaults to <c>none</c>.</summary>
    public DanishLevel? DanishLevel { get; init; }

    /// <summary>On creation <c>draft</c> or <c>open</c> (the default).</summary>
    public InternshipStatus? Status { get; init; }

    /// <summary>The employer's own id for the offer, unique within the company.</summary>
    public string? ExternalReference { get; init; }

    /// <summary>The P-number of the company's workplace where the person works, when it is named: one of the company's own.</summary>
    public string? PNumber { get; init; }

    public InternshipTerms ToTerms() => new(
        Title,
        Description ?? "",
        City,
        Domain.Companies.PostalCode.Parse(PostalCode),
        StartDate!.Value,
        DurationWeeks!.Value,
        HoursPerWeek!.Value,
        Slots!.Value,
        DanishLevel ?? Domain.Internships.DanishLevel.None);
}

public static class InternshipOfferRules
{
    public static void ValidateInternshipOffer<T>(this AbstractValidator<T> validator) where T : InternshipOfferInput
    {
        validator.RuleFor(o => o.Title).NotEmpty().Text(200);
        validator.RuleFor(o => o.Description).MultiLineText(4000);
        validator.RuleFor(o => o.City).NotEmpty().Text(100);
        validator.RuleFor(o => o.PostalCode).Text(PostalCode.Length).Must(PostalCode.IsValid).WithMessage("A Danish postal code is 4 digits between 0555 and 9990.").WithErrorCode("PostalCode");
        validator.RuleFor(o => o.StartDate).NotNull().InDateRange();
        validator.RuleFor(o => o.DurationWeeks).NotNull().InclusiveBetween(1, InternshipOffer.MaxDurationWeeks);
        validator.RuleFor(o => o.HoursPerWeek).NotNull().InclusiveBetween(1, InternshipOffer.MaxHoursPerWeek);
        validator.RuleFor(o => o.Slots).NotNull().InclusiveBetween(1, InternshipOffer.MaxSlots);
        validator.RuleFor(o => o.DanishLevel).IsInEnum();
        validator.RuleFor(o => o.Status).IsInEnum();
        validator.RuleFor(o => o.ExternalReference).Text(100);
        validator.RuleFor(o => o.PNumber).PNumberShape();
    }

    /// <summary>An external reference belongs to one offer of the company: a second use answers 409 naming the first.</summary>
    public static async Task EnsureExternalReferenceIsFreeAsync(
        this IAppDbContext db, Guid companyId, string? externalReference, Guid? exceptOfferId, CancellationToken cancellationToken)
    {
        if (externalReference is null) return;
        var existingId = await db.InternshipOffers
            .Where(o => o.CompanyId == companyId && o.ExternalReference == externalReference && o.Id != exceptOfferId)
            .Select(o => (Guid?)o.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existingId is not null)
            throw new ConflictException($"The company already has an internship with external reference '{externalReference}'.", existingId);
    }

    /// <summary>An offer as seen by the caller: an employer sees only its own company's offers, and another's is simply not there.</summary>
    public static async Task<InternshipOffer> FindOfferAsync(
        this IAppDbContext db, Guid offerId, Guid? onlyOfCompany, CancellationToken cancellationToken) =>
        await db.InternshipOffers.FirstOrDefaultAsync(
            o => o.Id == offerId && (onlyOfCompany == null || o.CompanyId == onlyOfCompany), cancellationToken)
        ?? throw new NotFoundException("internship", offerId);
}
