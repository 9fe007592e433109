using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace PartnerCrm.Api.Hosting;

/// <summary>
/// One log line per request, written after the answer: method, route template, status code and duration.
/// Never the path, the query, a header or a body: they can hold personal data or keys. The route template
/// (<c>/api/v1/companies/{id:guid}</c>) says which endpoint answered without saying whom it was about.
/// Every line logged during the request carries the request's <c>traceId</c> as problem answers and audit
/// entries write it, so a traceId a user quotes finds its log lines.
/// </summary>
public sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public const string Unmatched = "unmatched";

    private static readonly string[] KnownMethods =
    [
        HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete,
        HttpMethods.Patch, HttpMethods.Options, HttpMethods.Trace, HttpMethods.Connect,
    ];

    private static readonly Func<ILogger, string, IDisposable?> TraceScope = LoggerMessage.DefineScope<string>("traceId {traceId}");

    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        using var scope = TraceScope(logger, Activity.Current?.Id ?? http.TraceIdentifier);
        // An exception that escapes every handler reaches the server, which answers 500.
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(http);
            status = http.Response.StatusCode;
        }
        finally
        {
            Responded(logger, MethodOf(http.Request.Method), RouteOf(http), status,
                Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1));
        }
    }

    [LoggerMessage(EventId = 1, EventName = "RequestFinished", Level = LogLevel.Information,
        Message = "HTTP {Method} {Route} responded {StatusCode} in {ElapsedMs} ms")]
    private static partial void Responded(ILogger logger, string method, string route, int statusCode, double elapsedMs);

    /// <summary>A client can send any word as its method; only the standard ones are written.</summary>
    public static string MethodOf(string method) =>
        KnownMethods.FirstOrDefault(known => HttpMethods.Equals(known, method)) ?? "OTHER";

    /// <summary>
    /// The exception handler clears the endpoint before it writes the problem answer and keeps the original
    /// in its feature, so a 404 or 422 from a handler is still logged with its route.
    /// </summary>
    public static string RouteOf(HttpContext http) =>
        (http.GetEndpoint() ?? http.Features.Get<IExceptionHandlerFeature>()?.Endpoint) is RouteEndpoint { RoutePattern.RawText: { } template }
            ? template
            : Unmatched;
}

public static class RequestLoggingSetup
{
    /// <summary>Put first in the pipeline, so the line has the status the exception handler chose.</summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<RequestLogging>();
}
