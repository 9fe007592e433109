using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PartnerCrm.Api.Security;

namespace PartnerCrm.Api.RateLimits;

/// <summary>Requests a minute per API key, per staff member and per client address for calls without credentials.</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    public int PerApiKeyPerMinute { get; init; } = 60;
    public int PerStaffMemberPerMinute { get; init; } = 600;
    public int AnonymousPerAddressPerMinute { get; init; } = 120;
}

/// <summary>Whose allowance a request uses, and how large it is.</summary>
public sealed record RateLimitPartition(string Key, int PerMinute)
{
    public static RateLimitPartition Of(HttpContext http, RateLimitSettings settings)
    {
        var user = http.User;
        if (user.Identity?.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName)
            return new($"key:{user.FindFirst("sub")!.Value}", settings.PerApiKeyPerMinute);
        if (user.Identity?.IsAuthenticated == true)
            return new($"staff:{user.FindFirst("sub")!.Value}", settings.PerStaffMemberPerMinute);
        return new($"address:{http.Connection.RemoteIpAddress}", settings.AnonymousPerAddressPerMinute);
    }
}

public static class RateLimitSetup
{
    public const string LimitHeader = "X-RateLimit-Limit";
    public const string RemainingHeader = "X-RateLimit-Remaining";

    /// <summary>
    /// ASP.NET Core's limiter with fixed one-minute windows, per API key, per staff member and per client
    /// address without credentials. Limits are per API instance (see README, "Scaling").
    /// </summary>
    public static IServiceCollection AddPartnerCrmRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddSingleton(settings);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var partition = RateLimitPartition.Of(http, settings);
                return System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(partition.Key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = partition.PerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>
    /// Tells every limited request its allowance and what is left of it in this window
    /// (<c>X-RateLimit-Limit</c>, <c>X-RateLimit-Remaining</c>). Runs after the limiter.
    /// </summary>
    public static IApplicationBuilder UseRateLimitHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<DisableRateLimitingAttribute>() is null)
        {
            var settings = http.RequestServices.GetRequiredService<RateLimitSettings>();
            var limiter = http.RequestServices.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
            http.Response.OnStarting(() =>
            {
                var remaining = limiter.GetStatistics(http)?.CurrentAvailablePermits ?? 0;
                http.Response.Headers[LimitHeader] = RateLimitPartition.Of(http, settings).PerMinute.ToString(CultureInfo.InvariantCulture);
                http.Response.Headers[RemainingHeader] = remaining.ToString(CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
        }
        await next(http);
    });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? (int)Math.Ceiling(wait.TotalSeconds)
            : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Max(1, retryAfter).ToString(CultureInfo.InvariantCulture);
        http.Response.Headers[LimitHeader] = RateLimitPartition.Of(http, http.RequestServices.GetRequiredService<RateLimitSettings>())
            .PerMinute.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers[RemainingHeader] = "0";
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
