namespace PartnerCrm.Domain.Companies;

/// <summary>
/// A Danish industry code (branchekode, DB07 or DB25): six digits, the first four are the NACE class
/// and the first two the NACE division used to group statistics.
/// </summary>
public sealed record IndustryCode
{
    /// <summary>How many digits it has.</summary>
    public const int Length = 6;

    private IndustryCode(string value) => Value = value;

    public string Value { get; }

    public string NaceDivision => Value[..2];

    public static bool IsValid(string? candidate) =>
        candidate is { Length: IndustryCode.Length } && candidate.All(char.IsAsciiDigit) && candidate[..2] != "00";

    public static IndustryCode Parse(string candidate) =>
        IsValid(candidate)
            ? new IndustryCode(candidate)
            : throw new FormatException($"'{candidate}' is not a six-digit industry code.");

    public override string ToString() => Value;
}
