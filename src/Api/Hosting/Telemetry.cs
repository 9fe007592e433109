using System.Diagnostics;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PartnerCrm.Infrastructure.Database;

namespace PartnerCrm.Api.Hosting;

/// <summary>
/// What operators see of the running API: console logs (JSON when configured), and traces and metrics
/// over OTLP when a collector is configured. See README, "Operations".
/// </summary>
public static class Telemetry
{
    /// <summary>The standard OpenTelemetry setting; the OTLP exporter reads it and its siblings from configuration.</summary>
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string ServiceName = "partnercrm-api";

    public static WebApplicationBuilder AddPartnerCrmTelemetry(this WebApplicationBuilder builder)
    {
        // Lines a log pipeline can read as they are; the configuration may still change any of these.
        builder.Services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            builder.Configuration.GetSection("Logging:Console:FormatterOptions").Bind(options);
        });

        var endpoint = builder.Configuration[EndpointSetting];
        var exporting = !string.IsNullOrWhiteSpace(endpoint);
        builder.Services.AddHostedService(services =>
            new TelemetryStartup(exporting ? endpoint : null, services.GetRequiredService<ILogger<TelemetryStartup>>()));
        if (!exporting) return builder;

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddDatabaseCommands()
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddDatabaseCommands()
                .AddOtlpExporter());
        return builder;
    }

    /// <summary>
    /// Every request gets a W3C trace id (<see cref="Activity.Current"/>), the one problem answers, audit
    /// entries and log lines carry. ASP.NET Core creates the request's activity only when something listens
    /// to it or when its hosting logger is enabled; that logger is silenced (it writes full URLs), so this
    /// listener asks for the activity, without recording it, whether or not OpenTelemetry exports.
    /// It starts before the server, so even the first request has one.
    /// </summary>
    private sealed class TelemetryStartup(string? endpoint, ILogger<TelemetryStartup> logger) : IHostedLifecycleService, IDisposable
    {
        private ActivityListener? _listener;

        public Task StartingAsync(CancellationToken cancellationToken)
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
            };
            ActivitySource.AddActivityListener(_listener);

            if (endpoint is null)
                logger.LogInformation("OpenTelemetry export is off: {Setting} is not set", EndpointSetting);
            else
                logger.LogInformation("OpenTelemetry exports traces and metrics over OTLP to {Collector}", Collector(endpoint));
            return Task.CompletedTask;
        }

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose() => _listener?.Dispose();

        /// <summary>Scheme, host and port only: an endpoint may carry credentials.</summary>
        private static string Collector(string endpoint) =>
            Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Host}:{uri.Port}" : "an endpoint that is not a URL";
    }
}
