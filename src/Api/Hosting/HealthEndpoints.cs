using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartnerCrm.Api.Errors;

namespace PartnerCrm.Api.Hosting;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the database answers too; while it does
/// not, 503 problem+json with <c>Retry-After</c>, like every other route in that state.
/// </summary>
public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteReadyAsync })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous().DisableRateLimiting();
    }

    private static async Task WriteReadyAsync(HttpContext http, HealthReport report)
    {
        if (report.Status != HealthStatus.Unhealthy)
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(report.Status.ToString());
            return;
        }
        http.Response.Headers.RetryAfter = ProblemDetailsExceptionHandler.RetryAfterSeconds.ToString();
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The database is unavailable",
                Detail = $"PartnerCrm cannot reach its database just now. Try again in {ProblemDetailsExceptionHandler.RetryAfterSeconds} seconds.",
            },
        });
    }
}
