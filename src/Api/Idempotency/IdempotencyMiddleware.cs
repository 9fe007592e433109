using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Common;
using PartnerCrm.Infrastructure.Idempotency;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Api.Idempotency;

/// <summary>Marks a POST route that honours the <c>Idempotency-Key</c> header.</summary>
public sealed class IdempotentAttribute : Attribute;

/// <summary>
/// The <c>Idempotency-Key</c> header as the IETF draft describes it. The first request with a key runs
/// inside one database transaction together with the record of its answer, so the work and the record are
/// kept or lost together. A retry with the same key and body gets that answer again and changes nothing;
/// the same key with another body answers 422; a retry while the first is still running answers 409.
/// Records are kept per key holder (API key or staff member) for 24 hours. Only successful answers are
/// kept: a request that failed may simply be sent again.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task InvokeAsync(HttpContext http, AppDbContext db, TimeProvider clock)
    {
        if (!HttpMethods.IsPost(http.Request.Method)
            || http.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is null
            || !http.Request.Headers.TryGetValue(HeaderName, out var header)
            || HolderOf(http) is not { } holder)
        {
            await next(http);
            return;
        }

        var key = header.ToString();
        if (key.Length is 0 or > 255 || key.Any(char.IsControl))
            throw new ValidationException([new ValidationFailure(HeaderName, "An Idempotency-Key is 1 to 255 printable characters.")]);
        var fingerprint = await FingerprintAsync(http.Request);

        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        var lockId = $"{holder}\n{key}";
        var locked = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock(hashtextextended({lockId}, 0)) AS \"Value\"")
            .SingleAsync(http.RequestAborted);
        if (!locked)
            throw new ConflictException("A request with this Idempotency-Key is still being processed. Retry when it has finished.");

        var earlier = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Holder == holder && r.Key == key, http.RequestAborted);
        if (earlier is not null && earlier.CreatedAt > clock.GetUtcNow() - IdempotencyRecords.Lifetime)
        {
            if (!CryptographicOperations.FixedTimeEquals(earlier.RequestFingerprint, fingerprint))
                throw new DomainRuleException(
                    "idempotencyKeyReused",
                    "This Idempotency-Key was used for a different request. Use a new key for a new request.");
            await ReplayAsync(http, earlier);
            return;
        }
        if (earlier is not null)
            await db.IdempotencyRecords.Where(r => r.Holder == holder && r.Key == key).ExecuteDeleteAsync(http.RequestAborted);

        var client = http.Response.Body;
        using var answer = new MemoryStream();
        http.Response.Body = answer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = client;
        }

        if (http.Response.StatusCode is >= 200 and < 300)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Holder = holder,
                Key = key,
                RequestFingerprint = fingerprint,
                StatusCode = http.Response.StatusCode,
                ContentType = http.Response.ContentType,
                Location = http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                ETag = http.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
                Body = answer.ToArray(),
                CreatedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(http.RequestAborted);
            await transaction.CommitAsync(http.RequestAborted);
        }

        answer.Position = 0;
        await answer.CopyToAsync(client, http.RequestAborted);
    }

    private static string? HolderOf(HttpContext http)
    {
        var user = http.User;
        return user.Identity?.IsAuthenticated == true && user.FindFirst("sub")?.Value is { } subject
            ? $"{user.Identity.AuthenticationType}:{subject}"
            : null;
    }

    /// <summary>What makes two requests "the same": method, path and query, and the body's bytes.</summary>
    private static async Task<byte[]> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0) hash.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return hash.GetHashAndReset();
    }

    private static async Task ReplayAsync(HttpContext http, IdempotencyRecord earlier)
    {
        http.Response.StatusCode = earlier.StatusCode;
        if (earlier.ContentType is not null) http.Response.ContentType = earlier.ContentType;
        if (earlier.Location is not null) http.Response.Headers.Location = earlier.Location;
        if (earlier.ETag is not null) http.Response.Headers.ETag = earlier.ETag;
        http.Response.Headers[ReplayedHeader] = "true";
        await http.Response.Body.WriteAsync(earlier.Body, http.RequestAborted);
    }
}
