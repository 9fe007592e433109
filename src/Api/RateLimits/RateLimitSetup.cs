using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using PartnerCrm.Api.Security;

namespace PartnerCrm.Api.RateLimits;

/// <summary>Requests a minute per API key and per client address for calls without credentials.</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    public int PerApiKeyPerMinute { get; init; } = 60;
    public int AnonymousPerAddressPerMinute { get; init; } = 120;
}

public static class RateLimitSetup
{
    /// <summary>
    /// ASP.NET Core's limiter with fixed one-minute windows. Staff with a bearer token are not limited;
    /// limits are per API instance (see README, "Scaling").
    /// </summary>
    public static IServiceCollection AddPartnerCrmRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var user = http.User;
                if (user.Identity?.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName)
                    return PerMinute($"key:{user.FindFirst("sub")!.Value}", settings.PerApiKeyPerMinute);
                if (user.Identity?.IsAuthenticated != true)
                    return PerMinute($"address:{http.Connection.RemoteIpAddress}", settings.AnonymousPerAddressPerMinute);
                return RateLimitPartition.GetNoLimiter("staff");
            });
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> PerMinute(string partition, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? (int)Math.Ceiling(wait.TotalSeconds)
            : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Max(1, retryAfter).ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"The rate limit is reached. Try again in {Math.Max(1, retryAfter)} seconds.",
            },
        });
    }
}
