using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Common;

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

    public async Task InvokeAsync(HttpContext http, IIdempotencyStore store)
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

        await using var claim = await store.ClaimAsync(holder, key, http.RequestAborted);
        if (claim.Earlier is { } earlier)
        {
            if (!CryptographicOperations.FixedTimeEquals(earlier.RequestFingerprint, fingerprint))
                throw new DomainRuleException(
                    "idempotencyKeyReused",
                    "This Idempotency-Key was used for a different request. Use a new key for a new request.");
            await ReplayAsync(http, earlier);
            return;
        }

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
            await claim.KeepAsync(new IdempotentAnswer(
                fingerprint,
                http.Response.StatusCode,
                http.Response.ContentType,
                http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                http.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
                answer.ToArray()), http.RequestAborted);

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

    private static async Task ReplayAsync(HttpContext http, IdempotentAnswer earlier)
    {
        http.Response.StatusCode = earlier.StatusCode;
        if (earlier.ContentType is not null) http.Response.ContentType = earlier.ContentType;
        if (earlier.Location is not null) http.Response.Headers.Location = earlier.Location;
        if (earlier.ETag is not null) http.Response.Headers.ETag = earlier.ETag;
        http.Response.Headers[ReplayedHeader] = "true";
        await http.Response.Body.WriteAsync(earlier.Body, http.RequestAborted);
    }
}
