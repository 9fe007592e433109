using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace PartnerCrm.Api.Errors;

/// <summary>
/// JSON travels in UTF-8 (RFC 8259). A JSON body that names another charset, or one nobody knows, is
/// refused with 415 before anything tries to read it.
/// </summary>
public sealed class JsonCharsetGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var contentType = http.Request.ContentType;
        if (contentType is null
            || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || mediaType.Charset.Length == 0
            || mediaType.Encoding?.CodePage == Encoding.UTF8.CodePage)
        {
            await next(http);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "The body is not in UTF-8",
                Detail = $"PartnerCrm reads JSON in UTF-8 only. Send 'Content-Type: application/json' (or with charset=utf-8), not charset={mediaType.Charset}.",
            },
        });
    }
}
