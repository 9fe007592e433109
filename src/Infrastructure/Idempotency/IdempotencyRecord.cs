namespace PartnerCrm.Infrastructure.Idempotency;

/// <summary>
/// The first answer to a request that carried an <c>Idempotency-Key</c>, kept for 24 hours so a retry
/// gets the same answer. One per key holder (an API key or a staff member) and key.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Holder { get; init; }
    public required string Key { get; init; }
    public required byte[] RequestFingerprint { get; init; }
    public required int StatusCode { get; init; }
    public string? ContentType { get; init; }
    public string? Location { get; init; }
    public string? ETag { get; init; }
    public required byte[] Body { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
