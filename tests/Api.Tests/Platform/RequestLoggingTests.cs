using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using PartnerCrm.Api.Hosting;
using PartnerCrm.Api.Tests.Infrastructure;

namespace PartnerCrm.Api.Tests.Platform;

/// <summary>The API with every log line it writes kept for the test to read.</summary>
public sealed class LoggedApiFactory : ApiFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
}

public class RequestLoggingTests(LoggedApiFactory api) : IClassFixture<LoggedApiFactory>, IAsyncLifetime
{
    private const string Secret = "Amira Secret";

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static bool IsRequestLine(LogLine line) => line.Category == typeof(RequestLogging).FullName;

    [Fact]
    public async Task Each_request_writes_one_line_with_method_route_template_status_and_duration()
    {
        var client = await api.ClientAsync("consultant", "Anna Jensen");
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var unknownId = Guid.NewGuid();
        api.Logs.Clear();

        await (await client.GetAsync($"/api/v1/companies/{company.Id}")).ShouldBe(HttpStatusCode.OK);
        await (await client.GetAsync($"/api/v1/companies/{unknownId}")).ShouldBe(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/companies?limit=5")).ShouldBe(HttpStatusCode.OK);
        await (await client.GetAsync($"/api/v1/no-such-route/{unknownId}")).ShouldBe(HttpStatusCode.NotFound);
        await (await client.DeleteAsync("/api/v1/companies")).ShouldBe(HttpStatusCode.MethodNotAllowed);
        await (await client.SendAsync(new HttpRequestMessage(new HttpMethod("BREW"), "/health/live"))).ShouldBe(HttpStatusCode.MethodNotAllowed);

        var lines = await api.Logs.WaitForAsync(IsRequestLine, 6);
        Assert.Equal(6, lines.Count);
        Assert.Equal(
            [
                ("DELETE", RequestLogging.Unmatched, 405),
                ("GET", "/api/v1/companies/", 200),
                ("GET", "/api/v1/companies/{id:guid}", 200),
                ("GET", "/api/v1/companies/{id:guid}", 404),
                ("GET", RequestLogging.Unmatched, 404),
                ("OTHER", RequestLogging.Unmatched, 405),
            ],
            lines.Select(line => ((string)line.State["Method"]!, (string)line.State["Route"]!, (int)line.State["StatusCode"]!)).Order());

        foreach (var line in lines)
        {
            Assert.Equal(LogLevel.Information, line.Level);
            Assert.Equal("RequestFinished", line.EventName);
            Assert.Equal(["Method", "Route", "StatusCode", "ElapsedMs", "{OriginalFormat}"], line.State.Keys);
            var elapsed = Assert.IsType<double>(line.State["ElapsedMs"]);
            Assert.InRange(elapsed, 0, 10_000);
            Assert.Equal($"HTTP {line.State["Method"]} {line.State["Route"]} responded {line.State["StatusCode"]} in {elapsed} ms", line.Message);
        }
        foreach (var raw in new[] { company.Id.ToString(), unknownId.ToString(), "no-such-route", "limit=5", "BREW" })
            Assert.DoesNotContain(lines, line => line.Everything.Contains(raw, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Query_values_and_bodies_leave_no_trace_in_any_log_line()
    {
        var client = await api.ClientAsync("consultant", "Anna Jensen");
        api.Logs.Clear();

        var requests = new List<Func<Task<HttpResponseMessage>>>
        {
            () => client.GetAsync("/api/v1/companies?search=Amira%20Secret"),
            () => client.GetAsync("/api/v1/candidates?search=Amira%20Secret"),
            () => client.GetAsync("/api/v1/companies?search=Amira%20Secret&limit=none"),
            () => client.PostAsJsonAsync("/api/v1/candidates", PeopleData.Candidate(displayName: Secret, notes: $"{Secret} vil gerne arbejde")),
            () => client.PostAsJsonAsync("/api/v1/candidates", PeopleData.Candidate(caseReference: "J-2026-002", displayName: Secret, notes: "CPR 010190-1234")),
            () => client.PostAsync("/api/v1/companies", new StringContent($$"""{ "cvr": "13585628", "name": "{{Secret}}", "employeeCount": "{{Secret}}" }""", Encoding.UTF8, "application/json")),
            () => client.PostAsync("/api/v1/companies", new StringContent($$"""{ "name": "{{Secret}}" """, Encoding.UTF8, "application/json")),
            () => client.PostAsync($"/api/v1/nowhere?search=Amira%20Secret", new StringContent(Secret)),
        };
        var statuses = new List<int>();
        foreach (var request in requests) statuses.Add((int)(await request()).StatusCode);
        Assert.Equal([200, 200, 400, 201, 400, 400, 400, 404], statuses);

        var requestLines = await api.Logs.WaitForAsync(IsRequestLine, requests.Count);
        Assert.Equal(requests.Count, requestLines.Count);
        var everything = api.Logs.Lines;
        foreach (var word in new[] { "Amira", "Secret" })
            Assert.DoesNotContain(everything, line => line.Everything.Contains(word, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(everything, line => line.Everything.Contains("nowhere") || line.Everything.Contains("search="));
        Assert.DoesNotContain(everything, line => line.Scopes.Any(scope => scope.Key == "RequestPath"));
    }

    [Fact]
    public async Task Every_line_of_a_request_carries_the_trace_id_its_problem_answer_shows()
    {
        var client = await api.ClientAsync("consultant", "Anna Jensen");
        api.Logs.Clear();

        var problem = await (await client.GetAsync($"/api/v1/companies/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound);
        var traceId = problem.GetProperty("traceId").GetString()!;

        var line = Assert.Single(await api.Logs.WaitForAsync(IsRequestLine, 1));
        Assert.Equal(traceId, line.Scope("traceId"));
        var parts = traceId.Split('-');
        Assert.Equal((parts[1], parts[2]), (line.Scope("TraceId")?.ToString(), line.Scope("SpanId")?.ToString()));
    }
}
