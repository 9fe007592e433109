using System.Diagnostics;
using System.Text.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Infrastructure.Database;
using Xunit.Abstractions;

namespace PartnerCrm.Api.Tests.Platform;

/// <summary>
/// The OpenAPI document the API serves passes Spectral's OpenAPI rules and the OWASP API Security Top 10
/// 2023 ruleset (tools/openapi-lint) without an error, and what it says comes from the code: limits from
/// the validators, problem answers and headers from the routes.
/// </summary>
public class OpenApiLintTests(ApiFactory api, ITestOutputHelper output) : ApiTest(api)
{
    private static readonly string Checkout = DatabaseServer.FindCheckout(AppContext.BaseDirectory);
    private static readonly string Tool = Path.Combine(Checkout, "tools", "openapi-lint");

    private sealed record Finding(string Rule, int Severity, string Path, string Message)
    {
        public static Finding Of(JsonElement result) => new(
            result.GetProperty("code").GetString()!,
            result.GetProperty("severity").GetInt32(),
            string.Join('.', result.GetProperty("path").EnumerateArray().Select(segment => segment.ToString())),
            result.GetProperty("message").GetString()!);

        public override string ToString() => $"{Rule} at {Path}: {Message}";
    }

    [Fact]
    public async Task The_served_document_has_no_lint_errors_and_every_warning_is_explained()
    {
        var spectral = Path.Combine(Tool, "node_modules", ".bin", "spectral");
        Assert.True(File.Exists(spectral),
            $"Spectral is not installed. Install it once with: npm ci --prefix tools/openapi-lint (in {Checkout}; needs Node.js 18.18 or later).");

        var work = Directory.CreateTempSubdirectory("partnercrm-openapi-lint-");
        try
        {
            var document = Path.Combine(work.FullName, "openapi.json");
            var report = Path.Combine(work.FullName, "spectral-report.json");
            await File.WriteAllTextAsync(document, await Api.CreateClient().GetStringAsync("/openapi/v1.json"));

            var (exitCode, text) = await RunAsync(spectral, "lint", document, "-r", Path.Combine(Tool, ".spectral.yaml"), "-q", "-f", "json", "-o", report);
            Assert.True(File.Exists(report), $"Spectral wrote no report (exit code {exitCode}): {text}");
            using var parsed = JsonDocument.Parse(await File.ReadAllTextAsync(report));
            var findings = parsed.RootElement.EnumerateArray().Select(Finding.Of).ToList();
            var errors = findings.Where(f => f.Severity == 0).ToList();
            var warnings = findings.Where(f => f.Severity == 1).ToList();

            output.WriteLine($"spectral lint /openapi/v1.json: {errors.Count} errors, {warnings.Count} warnings, {findings.Count - errors.Count - warnings.Count} notes");
            foreach (var rule in warnings.GroupBy(w => w.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"warning {rule.Key} ({rule.Count()})");
                foreach (var warning in rule) output.WriteLine($"  {warning.Path}");
            }
            foreach (var error in errors) output.WriteLine($"error {error}");

            Assert.True(errors.Count == 0, $"The OpenAPI document has {errors.Count} lint errors:\n{string.Join('\n', errors)}");
            var notes = await File.ReadAllTextAsync(Path.Combine(Checkout, "docs", "security.md"));
            var unexplained = warnings.Select(w => w.Rule).Distinct().Where(rule => !notes.Contains($"`{rule}`", StringComparison.Ordinal)).ToList();
            Assert.True(unexplained.Count == 0,
                $"docs/security.md (OpenAPI lint) does not say why these rules still warn: {string.Join(", ", unexplained)}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Bodies_and_query_parameters_show_the_validators_limits()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var company = schemas.GetProperty("CompanyInput");
        Assert.Equal(["cvr", "name"], company.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.Equal(200, company.GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32());
        Assert.Equal(1, company.GetProperty("properties").GetProperty("name").GetProperty("minLength").GetInt32());
        Assert.Equal(0, company.GetProperty("properties").GetProperty("employeeCount").GetProperty("minimum").GetInt32());

        // A rule on Address!.Street of the company commands is a rule of the address body.
        var address = schemas.GetProperty("AddressInput");
        Assert.Equal(200, address.GetProperty("properties").GetProperty("street").GetProperty("maxLength").GetInt32());
        Assert.Contains("street", address.GetProperty("required").EnumerateArray().Select(e => e.GetString()));

        var candidate = schemas.GetProperty("CandidateInput").GetProperty("properties");
        Assert.Equal("^[A-Za-z]{2}$", candidate.GetProperty("countryOfOrigin").GetProperty("pattern").GetString());
        Assert.Equal((1900, 2100), (candidate.GetProperty("birthYear").GetProperty("minimum").GetInt32(), candidate.GetProperty("birthYear").GetProperty("maximum").GetInt32()));

        var partnership = schemas.GetProperty("ProposePartnershipCommand").GetProperty("properties");
        Assert.Equal((1, 7), (partnership.GetProperty("schemes").GetProperty("minItems").GetInt32(), partnership.GetProperty("schemes").GetProperty("maxItems").GetInt32()));

        Assert.Equal(["consultant", "analyst", "admin"],
            schemas.GetProperty("DevTokenRequest").GetProperty("properties").GetProperty("role").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));

        // An answer's text has the greatest length of the input field that writes it.
        Assert.Equal(200, schemas.GetProperty("CompanyDto").GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32());
        Assert.Equal(200, schemas.GetProperty("CompanyDtoPage").GetProperty("properties").GetProperty("items").GetProperty("maxItems").GetInt32());

        var list = Parameters(document, "/api/v1/companies", "get");
        Assert.Equal((1, 200), (list["limit"].GetProperty("minimum").GetInt32(), list["limit"].GetProperty("maximum").GetInt32()));
        Assert.Equal(200, list["search"].GetProperty("maxLength").GetInt32());
        Assert.Equal(2000, list["cursor"].GetProperty("maxLength").GetInt32());

        var statistics = Parameters(document, "/api/v1/statistics/retention", "get");
        Assert.Equal(["json", "csv", "xlsx"], statistics["format"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["3m", "6m", "12m"], statistics["milestone"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(10, statistics["from"].GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public async Task Answers_declare_their_problems_and_headers()
    {
        var document = await DocumentAsync();
        var register = document.GetProperty("paths").GetProperty("/api/v1/companies").GetProperty("post").GetProperty("responses");
        Assert.Equal(["201", "400", "401", "403", "409", "413", "415", "429", "500", "503"], register.EnumerateObject().Select(r => r.Name));
        var created = register.GetProperty("201").GetProperty("headers");
        foreach (var header in new[] { "X-RateLimit-Limit", "X-RateLimit-Remaining", "ETag", "Location" })
            Assert.True(created.TryGetProperty(header, out _), $"201 does not declare {header}");

        var answers = document.GetProperty("components").GetProperty("responses");
        Assert.True(answers.GetProperty("TooManyRequests").GetProperty("headers").TryGetProperty("Retry-After", out _));
        Assert.True(answers.GetProperty("ServiceUnavailable").GetProperty("headers").TryGetProperty("Retry-After", out _));
        Assert.True(answers.GetProperty("Unauthorized").GetProperty("content").TryGetProperty("application/problem+json", out _));

        // The employer API has no roles, so no 403; a list answers without an ETag.
        var employerList = document.GetProperty("paths").GetProperty("/api/v1/employer/internships").GetProperty("get").GetProperty("responses");
        Assert.False(employerList.TryGetProperty("403", out _));
        Assert.False(employerList.GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));

        // The development token route is not rate-limited and needs no database.
        var devToken = document.GetProperty("paths").GetProperty("/api/v1/auth/dev-token").GetProperty("post").GetProperty("responses");
        Assert.Equal(["200", "400", "413", "415", "500"], devToken.EnumerateObject().Select(r => r.Name));
        Assert.False(devToken.GetProperty("200").TryGetProperty("headers", out _));

        var placements = document.GetProperty("paths").GetProperty("/api/v1/statistics/placements").GetProperty("get").GetProperty("responses").GetProperty("200");
        Assert.Equal(["application/json", "text/csv; charset=utf-8", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
            placements.GetProperty("content").EnumerateObject().Select(c => c.Name));
    }

    private async Task<JsonElement> DocumentAsync() => await (await Api.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();

    private static Dictionary<string, JsonElement> Parameters(JsonElement document, string path, string method) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Tool,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
