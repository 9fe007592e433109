using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Infrastructure.Persistence;
using Xunit.Abstractions;

namespace PartnerCrm.Api.Tests.Companies;

/// <summary>
/// Name and CVR search over 100,000 companies: the query plans must use the indexes (the assertion),
/// and the time a search takes over HTTP is printed (a figure to watch, not a pass mark).
/// </summary>
public class CompanySearchAtScaleTests(ApiFactory api, ITestOutputHelper output) : ApiTest(api)
{
    private const int CompanyCount = 100_000;

    private static readonly string[] Words =
    [
        "Gentofte", "Hellerup", "Ordrup", "Charlottenlund", "Klampenborg", "Dyssegård", "Vangede", "Jægersborg",
        "Bageri", "Rengøring", "Tømrer", "Auto", "Kantine", "Logistik", "Pleje", "Gartneri", "Maler", "Cykler",
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        var now = DateTimeOffset.UtcNow;
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY companies (id, cvr, name, sector, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            var i = 0;
            foreach (var cvr in TestData.CvrNumbers().Take(CompanyCount))
            {
                await import.StartRowAsync();
                await import.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await import.WriteAsync(cvr, NpgsqlDbType.Varchar);
                await import.WriteAsync($"{Words[i % Words.Length]} {Words[i / Words.Length % Words.Length]} {i:D6} ApS", NpgsqlDbType.Varchar);
                await import.WriteAsync("private", NpgsqlDbType.Varchar);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz);
                i++;
            }
            await import.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE companies", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    [Theory]
    [InlineData("rengøring hellerup 000999", "ix_companies_name_trgm")]
    [InlineData("tømrer", "ix_companies_name")]
    [InlineData("004217", "ix_companies_name_trgm")]
    [InlineData("100042", "ux_companies_cvr")]
    public async Task Search_uses_the_indexes_and_its_time_is_printed(string term, string index)
    {
        var plan = await ExplainAsync(term);
        Assert.Contains(index, plan);
        Assert.DoesNotContain("Seq Scan on companies", plan);

        var client = await ConsultantAsync();
        var timings = new List<double>();
        Page<CompanyDto>? page = null;
        for (var run = 0; run < 15; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            var response = await client.GetAsync($"/api/v1/companies?search={Uri.EscapeDataString(term)}&limit=50");
            await response.ShouldBe(HttpStatusCode.OK);
            page = await response.ReadAsync<Page<CompanyDto>>();
            timings.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        Assert.NotEmpty(page!.Items);
        timings.Sort();
        output.WriteLine($"search '{term}' over {CompanyCount:N0} companies: median {timings[timings.Count / 2]:F1} ms, " +
                         $"fastest {timings[0]:F1} ms, slowest {timings[^1]:F1} ms (HTTP round trip, 15 runs)");
    }

    /// <summary>The plan of the very query the list handler runs, with its parameters filled in.</summary>
    private async Task<string> ExplainAsync(string term)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UsePartnerCrmNpgsql(Api.ConnectionString).Options;
        await using var db = new AppDbContext(options, TimeProvider.System, SystemActor.Instance);
        var sql = db.Companies.Matching(term).OrderBy(c => c.Name).ThenBy(c => c.Id).Take(51).ToQueryString();

        var parameters = Regex.Matches(sql, @"^-- (@\w+)='(.*)'", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var statement = string.Join('\n', sql.Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal)));
        foreach (var (name, value) in parameters.OrderByDescending(p => p.Key.Length))
            statement = statement.Replace(name, $"'{value.Replace("'", "''")}'");

        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand($"EXPLAIN {statement}", connection);
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        var plan = string.Join('\n', lines);
        output.WriteLine($"plan for '{term}':\n{plan}");
        return plan;
    }
}
