using System.Diagnostics;
using Microsoft.Extensions.Logging.Console;

namespace PartnerCrm.Api.Hosting;

/// <summary>
/// What operators see of the running API: console logs, as JSON when configured. See README, "Operations".
/// </summary>
public static class Telemetry
{
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

        builder.Services.AddHostedService<TelemetryStartup>();
        return builder;
    }

    /// <summary>
    /// Every request gets a W3C trace id (<see cref="Activity.Current"/>), the one problem answers, audit
    /// entries and log lines carry. ASP.NET Core creates the request's activity only when something listens
    /// to it or when its hosting logger is enabled; that logger is silenced (it writes full URLs), so this
    /// listener asks for the activity, without recording it. It starts before the server, so even the first
    /// request has one.
    /// </summary>
    private sealed class TelemetryStartup : IHostedLifecycleService, IDisposable
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
            return Task.CompletedTask;
        }

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose() => _listener?.Dispose();
    }
}
