using FluentValidation;
using PartnerCrm.Domain.Candidates;

namespace PartnerCrm.Application.Common;

public static class PersonalDataRules
{
    /// <summary>Refuses text that looks like a CPR number (400, naming the field).</summary>
    public static IRuleBuilderOptions<T, string?> MustNotLookLikeCpr<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => !PersonalText.LooksLikeCpr(text))
            .WithMessage("This looks like a CPR number. PartnerCrm never stores CPR numbers; use the case reference instead.").WithErrorCode("LooksLikeCpr");
}
