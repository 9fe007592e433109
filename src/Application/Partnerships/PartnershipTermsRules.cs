using PartnerCrm.Application.Common;
using FluentValidation;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Partnerships;

namespace PartnerCrm.Application.Partnerships;

public interface IPartnershipTermsFields
{
    IReadOnlyList<Scheme> Schemes { get; }
    int? CommittedSlotsPerYear { get; }
    string? Notes { get; }
    StaffMemberInput? ResponsibleConsultant { get; }
}

public static class PartnershipTermsRules
{
    public static PartnershipTerms ToTerms(this IPartnershipTermsFields fields) =>
        new(fields.Schemes, fields.CommittedSlotsPerYear ?? 0, fields.Notes);

    public static StaffMember? ToStaffMember(this StaffMemberInput? input) =>
        input is null ? null : new StaffMember(input.Id.Trim(), input.Name.Trim());

    public static void ValidatePartnershipTerms<T>(this AbstractValidator<T> validator) where T : IPartnershipTermsFields
    {
        validator.RuleFor(p => p.Schemes).NotEmpty().WithMessage("Name at least one scheme the company offers.").WithErrorCode("SchemesRequired");
        validator.RuleForEach(p => p.Schemes).IsInEnum();
        validator.RuleFor(p => p.CommittedSlotsPerYear).NotNull().InclusiveBetween(0, 10_000);
        validator.RuleFor(p => p.Notes).MultiLineText(4000);
        validator.When(p => p.ResponsibleConsultant is not null, () =>
        {
            validator.RuleFor(p => p.ResponsibleConsultant!.Id).NotEmpty().Text(200);
            validator.RuleFor(p => p.ResponsibleConsultant!.Name).NotEmpty().Text(200);
        });
    }
}
