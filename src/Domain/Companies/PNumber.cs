namespace PartnerCrm.Domain.Companies;

/// <summary>
/// A production unit number (P-nummer) from the CVR register: ten digits, no leading zero. It names a
/// workplace, the place where a person actually works, as a CVR number names the company.
/// </summary>
public sealed record PNumber
{
    /// <summary>How many digits it has.</summary>
    public const int Length = 10;

    private PNumber(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid(string? candidate) =>
        candidate is { Length: PNumber.Length } && candidate[0] != '0' && candidate.All(char.IsAsciiDigit);

    public static PNumber Parse(string candidate) =>
        IsValid(candidate)
            ? new PNumber(candidate)
            : throw new FormatException($"'{candidate}' is not a P-number (ten digits, not starting with 0).");

    public override string ToString() => Value;
}
