using Microsoft.AspNetCore.Http;

namespace PartnerCrm.Api.Errors;

/// <summary>
/// Every problem answer carries type, title, status, detail and traceId, including the ones the framework
/// writes by itself (401, 403, 404 for an unknown route, 405, 429).
/// </summary>
public static class ProblemDefaults
{
    public static void Fill(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status == StatusCodes.Status429TooManyRequests)
            problem.Type ??= "https://tools.ietf.org/html/rfc6585#section-4";
        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status401Unauthorized =>
                "Sign in: staff routes take 'Authorization: Bearer <token>', the employer API takes 'X-Api-Key: <key>'.",
            StatusCodes.Status403Forbidden => "Your role may not do this.",
            StatusCodes.Status404NotFound => "There is no such resource or route.",
            StatusCodes.Status405MethodNotAllowed => "The route exists, but not with this HTTP method.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with 'Content-Type: application/json'.",
            _ => problem.Title,
        };
    }
}
