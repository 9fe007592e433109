using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PartnerCrm.Api.Hosting;
using PartnerCrm.Api.Tests.Infrastructure;

namespace PartnerCrm.Api.Tests.Platform;

/// <summary>Stands in for an OpenTelemetry collector: notes each OTLP/HTTP request and answers 200.</summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string Path, string? ContentType, byte[] Body)> _received = new();
    private readonly Task _serving;

    public OtlpReceiver()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Endpoint = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
        }
        _listener.Prefixes.Add($"{Endpoint}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public IReadOnlyList<(string Path, string? ContentType, byte[] Body)> Received => [.. _received];

    /// <summary>Waits until the requests to <paramref name="path"/> hold <paramref name="text"/>, and returns their text.</summary>
    public async Task<string> ReceivesAsync(string path, string text)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(20); ; await Task.Delay(50))
        {
            var received = string.Concat(Received.Where(request => request.Path == path).Select(request => Encoding.UTF8.GetString(request.Body)));
            if (received.Contains(text) || DateTime.UtcNow > deadline) return received;
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            if (context.Request.HttpMethod == "POST") _received.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}

/// <summary>The API with the OpenTelemetry settings an operator would give it, or none.</summary>
public sealed class TelemetryApiFactory(string? collector) : ApiFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting(Telemetry.EndpointSetting, collector ?? "");
        builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "100");
        builder.UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "200");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}

public class TelemetryTests
{
    [Fact]
    public async Task With_a_collector_configured_traces_and_metrics_are_posted_over_otlp_http_without_query_values_and_stop_with_the_api()
    {
        using var collector = new OtlpReceiver();
        var api = new TelemetryApiFactory(collector.Endpoint);
        try
        {
            await api.InitializeAsync();
            Assert.NotNull(api.Services.GetService<TracerProvider>());
            Assert.NotNull(api.Services.GetService<MeterProvider>());
            Assert.Contains(api.Logs.Lines, line => line.Message == $"OpenTelemetry exports traces and metrics over OTLP to {collector.Endpoint}");

            var client = await api.ClientAsync("consultant", "Anna Jensen");
            var searched = $"Amira{Guid.NewGuid():N}";
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/companies?search={searched}")).StatusCode);

            Assert.Contains("GET /api/v1/companies/", await collector.ReceivesAsync("/v1/traces", "GET /api/v1/companies/"));
            Assert.Contains("SELECT", await collector.ReceivesAsync("/v1/traces", "SELECT"));
            Assert.Contains("http.server.request.duration", await collector.ReceivesAsync("/v1/metrics", "http.server.request.duration"));
            Assert.All(collector.Received, request => Assert.Equal("application/x-protobuf", request.ContentType));
            Assert.Contains("search=Redacted", await collector.ReceivesAsync("/v1/traces", "search=Redacted"));
            Assert.DoesNotContain(searched, await collector.ReceivesAsync("/v1/traces", ""));
            Assert.DoesNotContain(searched, await collector.ReceivesAsync("/v1/metrics", ""));
        }
        finally
        {
            await api.DisposeAsync();
        }

        var sentWhileRunning = collector.Received.Count;
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(sentWhileRunning, collector.Received.Count);
    }

    [Fact]
    public async Task Without_a_collector_nothing_is_exported_and_the_startup_line_says_so()
    {
        var api = new TelemetryApiFactory(collector: null);
        try
        {
            await api.InitializeAsync();
            Assert.Null(api.Services.GetService<TracerProvider>());
            Assert.Null(api.Services.GetService<MeterProvider>());
            Assert.Single(api.Logs.Lines, line => line.Message == "OpenTelemetry export is off: OTEL_EXPORTER_OTLP_ENDPOINT is not set");

            var client = api.CreateClient();
            var problem = await (await client.GetAsync("/api/v1/no-such-route")).ShouldBe(HttpStatusCode.NotFound);
            Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", problem.GetProperty("traceId").GetString());
        }
        finally
        {
            await api.DisposeAsync();
        }
    }
}
