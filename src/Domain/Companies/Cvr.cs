namespace PartnerCrm.Domain.Companies;

/// <summary>
/// A Danish CVR number: eight digits, no leading zero, and the digits weighted 2,7,6,5,4,3,2,1
/// sum to a multiple of 11 (modulus-11 check).
/// </summary>
public sealed record Cvr
{
    /// <summary>How many digits it has.</summary>
    public const int Length = 8;

    private static readonly int[] Weights = [2, 7, 6, 5, 4, 3, 2, 1];

    private Cvr(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid(string? candidate)
    {
        if (candidate is null || candidate.Length != Length || candidate[0] == '0') return false;
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = candidate[i];
            if (c is < '0' or > '9') return false;
            sum += (c - '0') * Weights[i];
        }
        return sum % 11 == 0;
    }

    public static Cvr Parse(string candidate) =>
        IsValid(candidate)
            ? new Cvr(candidate)
            : throw new FormatException($"'{candidate}' is not a valid CVR number.");

    public override string ToString() => Value;
}
