using PartnerCrm.Application.Common;
using FluentValidation;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.Companies;

/// <summary>A contact person as a consultant writes them: the body of adding and of revising.</summary>
public record ContactInput(string Name, string? Title, string? Email, string? Phone, bool IsPrimary);

public static class ContactFields
{
    public static ContactDetails ToDetails(this ContactInput fields) =>
        new(fields.Name, fields.Title, fields.Email, fields.Phone, fields.IsPrimary);

    public static void ValidateContactFields<T>(this AbstractValidator<T> validator) where T : ContactInput
    {
        validator.RuleFor(c => c.Name).NotEmpty().Text(200);
        validator.RuleFor(c => c.Title).Text(200);
        validator.RuleFor(c => c.Email).EmailAddress().Text(320);
        validator.RuleFor(c => c.Phone)
            .Text(20)
            .Matches(@"^\+?[0-9 ()-]{8,20}$")
            .When(c => c.Phone is not null)
            .WithMessage("A phone number is 8 to 20 digits, spaces, dashes or brackets, optionally starting with +.").WithErrorCode("Phone");
    }
}
