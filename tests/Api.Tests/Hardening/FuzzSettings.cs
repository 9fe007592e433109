using System.Globalization;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>
/// The fuzz run's settings, read from environment variables so that CI and a developer can change them
/// without editing code: <c>PARTNERCRM_FUZZ_SEED</c> (a failure reproduces with its seed),
/// <c>PARTNERCRM_FUZZ_REQUESTS</c> (the total request budget) and <c>PARTNERCRM_FUZZ_ONLY</c> (operation ids,
/// comma-separated, to repeat the fuzzing of a few operations) and <c>PARTNERCRM_FUZZ_TRACE</c> (a file that
/// gets every request and answer, to see what the fuzzer reaches).
/// </summary>
public sealed record FuzzSettings(int Seed, int RequestBudget, IReadOnlySet<string> OnlyOperations, string? TraceFile = null)
{
    public const string SeedVariable = "PARTNERCRM_FUZZ_SEED";
    public const string RequestsVariable = "PARTNERCRM_FUZZ_REQUESTS";
    public const string OnlyVariable = "PARTNERCRM_FUZZ_ONLY";
    public const string TraceVariable = "PARTNERCRM_FUZZ_TRACE";
    public const int DefaultSeed = 20260115;
    public const int DefaultRequestBudget = 1500;

    /// <summary>Every operation gets at least this many requests, whatever the budget.</summary>
    public const int MinimumPerOperation = 5;

    public static FuzzSettings FromEnvironment() => new(
        Number(SeedVariable, DefaultSeed),
        Math.Max(1, Number(RequestsVariable, DefaultRequestBudget)),
        (Environment.GetEnvironmentVariable(OnlyVariable) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase),
        Environment.GetEnvironmentVariable(TraceVariable) is { Length: > 0 } trace ? trace : null);

    private static int Number(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;

    /// <summary>The seed of one request: the same run seed, operation and request number give the same request.</summary>
    public int SeedOf(string operationId, int requestNumber)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in operationId)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        hash ^= (uint)Seed;
        hash *= 1099511628211UL;
        hash ^= (uint)requestNumber;
        hash *= 1099511628211UL;
        // SplitMix64's finaliser: neighbouring requests get unrelated seeds (System.Random's first draws follow its seed closely).
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return (int)(hash ^ (hash >> 32));
    }
}
