using System.Text.RegularExpressions;

namespace PartnerCrm.Domain.Candidates;

/// <summary>
/// PartnerCrm never stores a CPR number (the Danish personal identity number): any text that looks like
/// one, six digits and four digits with an optional dash, is refused wherever it is written.
/// </summary>
public static partial class PersonalText
{
    public static bool LooksLikeCpr(string? text) => text is not null && CprPattern().IsMatch(text);

    [GeneratedRegex(@"\d{6}-?\d{4}")]
    private static partial Regex CprPattern();
}
