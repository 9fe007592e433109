using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Infrastructure.Database;
using Xunit.Abstractions;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>Its own API instance, with rate limits so high that the fuzzer never meets them.</summary>
public sealed class FuzzApiFactory : ApiFactory
{
    /// <summary>The server's errors, so that each failure can name its exception.</summary>
    public FuzzServerLog ServerLog { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        foreach (var limit in new[] { "PerApiKeyPerMinute", "AnonymousPerAddressPerMinute", "PerStaffMemberPerMinute" })
            builder.UseSetting($"RateLimits:{limit}", "1000000");
        builder.ConfigureLogging(logging => logging.AddProvider(ServerLog));
    }
}

/// <summary>
/// A seeded fuzz test generated from the API's own OpenAPI document: every operation gets its share of a
/// request budget, each request a valid request from the schemas with hostile mutations (see
/// <see cref="RequestFactory"/>). No answer may be a 5xx or show a stack trace, and afterwards the read
/// routes every role shares must still answer in full, whatever was stored.
/// </summary>
public sealed class FuzzTests(FuzzApiFactory api, ITestOutputHelper output) : IClassFixture<FuzzApiFactory>
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The application's clock stands still at this instant, so that a seed gives the same dates on any day.</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_documented_operation_survives_hostile_input_and_the_shared_reads_still_answer_in_full()
    {
        var settings = FuzzSettings.FromEnvironment();
        output.WriteLine($"Fuzz seed {settings.Seed} (set {FuzzSettings.SeedVariable} to change it), budget {settings.RequestBudget} requests ({FuzzSettings.RequestsVariable}).");
        await api.ResetAsync();
        api.Clock.StartAt(Now);
        var stopwatch = Stopwatch.StartNew();
        using var http = WireClient();

        var document = await (await http.GetAsync("/openapi/v1.json")).Content.ReadFromJsonAsync<JsonElement>();
        var operations = OpenApiReader.Operations(document);
        Assert.NotEmpty(operations);
        var pool = new ResourcePool();
        var credentials = await SeedAsync(pool);
        var factory = new RequestFactory(settings, pool, credentials, OpenApiReader.Enums(document), api.Clock);
        var report = new FuzzReport(settings);
        await using var trace = settings.TraceFile is null ? null : new StreamWriter(settings.TraceFile);

        foreach (var (operation, count) in Plan(operations, settings))
        {
            var role = "consultant";
            for (var i = 0; i < count; i++)
            {
                var request = factory.Create(operation, i, role);
                var mark = api.ServerLog.Mark;
                var answer = await SendAsync(http, request);
                answer = answer with { ServerError = api.ServerLog.CauseSince(mark) };
                report.Record(request, answer);
                if (trace is not null)
                    await trace.WriteLineAsync($"#{report.Sent} {request.Operation.Id} {i}: {request.Kind}\n  {request.Describe().Replace("\n", "\n  ")}\n  answer: {answer.Excerpt()}\n");
                pool.Harvest(operation, request.PathIds, answer.Status ?? 0, answer.ETag, JsonOf(answer));
                // The first request is the valid one: a staff route the consultant may not use is fuzzed as admin.
                if (i == 0 && answer.Status == (int)HttpStatusCode.Forbidden && operation.SecurityScheme == "Bearer") role = "admin";
            }
        }
        var fuzzed = stopwatch.Elapsed;

        var reads = new SharedReads(await api.ClientAsync("analyst", "Fuzz Analytiker"), await api.ClientAsync("admin", "Fuzz Admin"), api.ServerLog);
        foreach (var failure in await reads.CheckAsync(await PlacementsInDefaultPeriodAsync())) report.RecordReadFailure(failure);

        output.WriteLine(report.Figures(fuzzed));
        output.WriteLine($"Resources the run knew of at the end: {pool.Summary()}.");
        output.WriteLine($"Shared read checks after the fuzzing took {(stopwatch.Elapsed - fuzzed).TotalSeconds:F1} s.");
        if (report.Failed)
        {
            var file = Path.Combine(DatabaseServer.FindCheckout(AppContext.BaseDirectory), "tests", "Api.Tests", "artifacts", "fuzz-failures.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, report.Details());
            Assert.Fail(report.FailureMessage(file));
        }
    }

    /// <summary>
    /// The operations in an order that feeds later ones real ids (creations first, deletions last), each
    /// with its share of the budget: operations with a body count double.
    /// </summary>
    private static IEnumerable<(FuzzOperation Operation, int Requests)> Plan(IReadOnlyList<FuzzOperation> operations, FuzzSettings settings)
    {
        static double Weight(FuzzOperation operation) => operation.Body is null ? 1 : 2;
        static int Phase(FuzzOperation operation) => operation.Method switch
        {
            "POST" when operation.Creates => 0,
            "GET" => 1,
            "PUT" => 2,
            "DELETE" => 4,
            _ => 3,
        };
        var total = operations.Sum(Weight);
        return operations
            .Select((operation, order) => (operation, order))
            .OrderBy(o => Phase(o.operation)).ThenBy(o => o.order)
            .Select(o => (o.operation, Math.Max(FuzzSettings.MinimumPerOperation, (int)Math.Round(settings.RequestBudget * Weight(o.operation) / total))))
            .Where(o => settings.OnlyOperations.Count == 0 || settings.OnlyOperations.Contains(o.operation.Id))
            .ToList();
    }

    /// <summary>A few real resources of every kind, made through the API, and the credentials for the run.</summary>
    private async Task<FuzzCredentials> SeedAsync(ResourcePool pool)
    {
        var consultant = await api.ClientAsync("consultant", "Fuzz Konsulent");
        var analyst = await api.ClientAsync("analyst", "Fuzz Analytiker");
        var admin = await api.ClientAsync("admin", "Fuzz Admin");
        var today = api.Clock.Today();
        var cvrs = TestData.CvrNumbers().Take(3).ToList();

        var partner = await consultant.RegisterCompanyAsync(cvrs[0], "Fuzz Bageri", "107100");
        var employer = await consultant.RegisterCompanyAsync(cvrs[1], "Fuzz Lager", "521000");
        var other = await consultant.RegisterCompanyAsync(cvrs[2], "Fuzz Rengøring", "812100");
        foreach (var company in new[] { partner, employer, other }) pool.Add("company", company.Id, cvr: company.Cvr);
        pool.EmployerCompany = employer.Id;

        var contact = await CreatedAsync(consultant, $"/api/v1/companies/{partner.Id}/contacts",
            new { name = "Mette Holm", title = "HR-chef", email = "mette@example.dk", phone = "+45 12 34 56 78", isPrimary = true });
        pool.Add("contact", contact, partner.Id);
        var activity = await CreatedAsync(consultant, $"/api/v1/companies/{partner.Id}/activities",
            new { kind = "meeting", occurredAt = api.Clock.GetUtcNow().AddDays(-1), summary = "Møde om praktikpladser", nextActionOn = today.AddDays(7) });
        pool.Add("activity", activity, partner.Id);
        pool.Add("partnership", (await consultant.ProposePartnershipAsync(partner.Id, "active")).Id, partner.Id);

        var key = await consultant.IssueKeyAsync(employer.Id);
        pool.Add("apiKey", key.Id, employer.Id);
        var revoked = await consultant.IssueKeyAsync(other.Id, "Gammelt system");
        await (await consultant.DeleteAsync($"/api/v1/companies/{other.Id}/api-keys/{revoked.Id}")).ShouldBe(HttpStatusCode.NoContent);
        pool.Add("apiKey", (await consultant.IssueKeyAsync(other.Id, "Lønsystem")).Id, other.Id);

        using var employerClient = api.EmployerClient(key.Key);
        pool.Add("internship", await CreatedAsync(employerClient, "/api/v1/employer/internships", EmployerData.Offer()), employer.Id);
        var offer = JsonSerializer.SerializeToElement(EmployerData.Offer("Bagerassistent"));
        var staffOffer = offer.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        staffOffer["companyId"] = partner.Id;
        pool.Add("internship", await CreatedAsync(consultant, "/api/v1/internships", staffOffer), partner.Id);

        var first = await consultant.RegisterCandidateAsync(PeopleData.Candidate("FZ-SEED-1", "Amira"));
        var second = await consultant.RegisterCandidateAsync(PeopleData.Candidate("FZ-SEED-2", "Hassan", track: "DU3"));
        pool.Add("candidate", first.Id);
        pool.Add("candidate", second.Id);
        var placement = await consultant.MakePlacementAsync(PeopleData.Placement(first.Id, partner.Id, "internship",
            today.AddDays(-10).ToString("yyyy-MM-dd"), today.AddDays(50).ToString("yyyy-MM-dd")));
        pool.Add("placement", placement.Id, partner.Id);
        var detail = await (await consultant.GetAsync($"/api/v1/placements/{placement.Id}")).Content.ReadFromJsonAsync<JsonElement>();
        foreach (var followUp in detail.GetProperty("followUps").EnumerateArray()) pool.Add("followUp", followUp.GetProperty("id").GetGuid(), placement.Id);

        static string Token(HttpClient client) => client.DefaultRequestHeaders.Authorization!.Parameter!;
        return new FuzzCredentials(Token(consultant), Token(analyst), Token(admin), key.Key, revoked.Key);
    }

    private static async Task<Guid> CreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        return (await response.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>The rows the export must have: placements that start between the first placement and today.</summary>
    private async Task<long> PlacementsInDefaultPeriodAsync()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM placements WHERE start_date <= @today", connection);
        command.Parameters.AddWithValue("today", api.Clock.Today());
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// A client that sends what it is given: no redirects or cookies, header values as UTF-8 bytes, no
    /// validation of header values.
    /// </summary>
    private HttpClient WireClient()
    {
        using var probe = api.CreateClient();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
        };
        return new HttpClient(handler) { BaseAddress = probe.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    private static async Task<FuzzAnswer> SendAsync(HttpClient http, FuzzRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Body is not null) message.Content = new ByteArrayContent(request.Body);
        foreach (var header in request.Headers)
        {
            if (header.Name == "Content-Type" || !message.Headers.TryAddWithoutValidation(header.Name, header.Value))
                message.Content?.Headers.TryAddWithoutValidation(header.Name, header.Value);
        }
        using var timeout = new CancellationTokenSource(RequestTimeout);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            return new FuzzAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, null, response.Headers.ETag?.ToString(),
                Took: stopwatch.Elapsed);
        }
        catch (OperationCanceledException)
        {
            return new FuzzAnswer(null, null, [], $"no answer within {RequestTimeout.TotalSeconds:F0} s", Took: stopwatch.Elapsed);
        }
        catch (HttpRequestException e)
        {
            return new FuzzAnswer(null, null, [], $"no complete answer: {e.Message} {e.InnerException?.Message}".TrimEnd(), Took: stopwatch.Elapsed);
        }
    }

    private static JsonElement? JsonOf(FuzzAnswer answer)
    {
        if (answer.ContentType?.Contains("json", StringComparison.Ordinal) != true || answer.Body.Length == 0) return null;
        try
        {
            using var document = JsonDocument.Parse(answer.Body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
