using System.Security.Cryptography;
using System.Text;
using PartnerCrm.Application.ApiKeys;

namespace PartnerCrm.Infrastructure.ApiKeys;

/// <summary>
/// Keys look like <c>pcrm_7HqK2mXw9P_…</c>: the fixed marker <c>pcrm_</c> lets secret scanners and log
/// searches recognise a leaked key, the next ten characters (the prefix) name the key, and 40 random
/// characters (about 238 bits) are the secret. The keys are random enough that a plain SHA-256 is the
/// right hash: nothing slow is needed against guessing.
/// </summary>
public sealed class ApiKeyGenerator : IApiKeyGenerator
{
    public const string Marker = "pcrm_";
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const int IdLength = 10;
    private const int SecretLength = 40;
    public static readonly int PrefixLength = Marker.Length + IdLength;
    public static readonly int KeyLength = PrefixLength + 1 + SecretLength;

    public NewApiKey Generate()
    {
        var prefix = Marker + RandomNumberGenerator.GetString(Alphabet, IdLength);
        var key = $"{prefix}_{RandomNumberGenerator.GetString(Alphabet, SecretLength)}";
        return new NewApiKey(key, prefix, Hash(key));
    }

    /// <summary>The prefix a presented key claims to have, or null when it is not shaped like one of ours.</summary>
    public static string? PrefixOf(string presented) =>
        presented.Length == KeyLength && presented.StartsWith(Marker, StringComparison.Ordinal) && presented[PrefixLength] == '_'
            ? presented[..PrefixLength]
            : null;

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Compares in constant time, so the answer's timing tells nothing about the stored hash.</summary>
    public static bool Matches(string presented, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(presented), storedHash);
}
