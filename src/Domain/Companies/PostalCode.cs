namespace PartnerCrm.Domain.Companies;

/// <summary>
/// A Danish postal code: four digits from 0555 (the lowest code in use, for reply mail) to 9990.
/// Greenland's 39xx codes are four-digit too and are accepted; the Faroe Islands' three-digit codes are not.
/// </summary>
public sealed record PostalCode
{
    /// <summary>How many digits it has.</summary>
    public const int Length = 4;

    private PostalCode(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid(string? candidate) =>
        candidate is { Length: PostalCode.Length }
        && candidate.All(char.IsAsciiDigit)
        && int.Parse(candidate) is >= 555 and <= 9990;

    public static PostalCode Parse(string candidate) =>
        IsValid(candidate)
            ? new PostalCode(candidate)
            : throw new FormatException($"'{candidate}' is not a Danish postal code.");

    public override string ToString() => Value;
}
