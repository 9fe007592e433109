namespace PartnerCrm.Application.Common;

/// <summary>The first answer to a request that carried an <c>Idempotency-Key</c>, as it was sent.</summary>
public sealed record IdempotentAnswer(
    byte[] RequestFingerprint,
    int StatusCode,
    string? ContentType,
    string? Location,
    string? ETag,
    byte[] Body);

/// <summary>
/// Where the answers to requests with an <c>Idempotency-Key</c> are kept, per key holder (an API key or a
/// staff member) and key, for 24 hours.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims the key for one request. The request's own work runs inside the claim and is kept only
    /// together with its answer (<see cref="IIdempotencyClaim.KeepAsync"/>).
    /// </summary>
    /// <exception cref="ConflictException">Another request with the same key is still running.</exception>
    Task<IIdempotencyClaim> ClaimAsync(string holder, string key, CancellationToken cancellationToken);
}

public interface IIdempotencyClaim : IAsyncDisposable
{
    /// <summary>The answer to an earlier request with the key, while it is kept; otherwise null.</summary>
    IdempotentAnswer? Earlier { get; }

    /// <summary>Keeps the answer and, with it, the work the request did.</summary>
    Task KeepAsync(IdempotentAnswer answer, CancellationToken cancellationToken);
}
