using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace PartnerCrm.Api.Errors;

/// <summary>
/// PartnerCrm speaks JSON in UTF-8 (RFC 8259). A JSON body that names another charset, or one nobody
/// knows, is refused with 415 before anything tries to read it; a body that names UTF-8 in any spelling
/// (<c>charset="UTF-8"</c>) is read as plain <c>application/json</c>. Answers are JSON (or the file asked
/// for) whatever <c>Accept</c> says, so an <c>Accept</c> that leaves JSON out is read as <c>*/*</c>:
/// a client that asks for XML still gets a problem it can read, never an empty failure.
/// </summary>
public static class JsonOnly
{
    /// <summary>First in the pipeline: every problem written later (by any middleware) is JSON.</summary>
    public static IApplicationBuilder UseJsonAnswers(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!AcceptsJson(http.Request.Headers.Accept)) http.Request.Headers.Accept = "*/*";
        await next(http);
    });

    /// <summary>After authentication and rate limiting, before anything reads a body.</summary>
    public static IApplicationBuilder UseUtf8JsonBodies(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        if (request.ContentType is { } contentType
            && MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            && HeaderUtilities.RemoveQuotes(mediaType.Charset) is { Length: > 0 } charset
            // A CSV extract is read in UTF-8 with stray Latin-1 bytes taken as Latin-1, whatever it declares.
            && !mediaType.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            if (!IsUtf8(charset.ToString()))
            {
                await RefuseAsync(http, charset.ToString());
                return;
            }
            mediaType.Charset = default;
            request.ContentType = mediaType.ToString();
        }
        await next(http);
    });

    private static bool IsUtf8(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset).CodePage == Encoding.UTF8.CodePage;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool AcceptsJson(Microsoft.Extensions.Primitives.StringValues accept) =>
        accept.Count == 0
        || !MediaTypeHeaderValue.TryParseList(accept, out var types)
        || types.Any(t => t.MatchesAllTypes || t.MatchesAllSubTypes && t.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
                          || t.SubType.Equals("json", StringComparison.OrdinalIgnoreCase) || t.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static async Task RefuseAsync(HttpContext http, string charset)
    {
        http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "The body is not in UTF-8",
                Detail = $"PartnerCrm reads JSON in UTF-8 only. Send 'Content-Type: application/json' (or with charset=utf-8), not charset={charset}.",
            },
        });
    }
}
