using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using PartnerCrm.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PartnerCrm.Api.Tests.Statistics;

/// <summary>
/// Exports 200,000 placements as CSV and XLSX and prints the peak of the process's live managed memory
/// (sampled after full collections, so garbage and timing do not move it) while it streams. The check is deliberately loose (well below what holding the rows would take): the figure is
/// what to watch.
/// </summary>
public class ExportMemoryBenchmarkTests(ApiFactory api, ITestOutputHelper output) : ApiTest(api)
{
    private const int Placements = 200_000;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        var now = DateTimeOffset.UtcNow;
        var companyId = Guid.CreateVersion7();
        await using (var company = new NpgsqlCommand(
            "INSERT INTO companies (id, cvr, name, sector, industry_code, created_at, updated_at) VALUES (@id, '13585628', 'Gentofte Bageri', 'private', '107100', now(), now())", connection))
        {
            company.Parameters.AddWithValue("id", companyId);
            await company.ExecuteNonQueryAsync();
        }
        var candidates = Enumerable.Range(0, Placements / 10).Select(_ => Guid.CreateVersion7()).ToArray();
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY candidates (id, case_reference, display_name, birth_year, gender, country_of_origin, residence_basis, arrival_date, education_level, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < candidates.Length; i++)
            {
                await import.StartRowAsync();
                await import.WriteAsync(candidates[i], NpgsqlDbType.Uuid);
                await import.WriteAsync($"J-{i}", NpgsqlDbType.Varchar);
                await import.WriteAsync($"Person {i}", NpgsqlDbType.Varchar);
                await import.WriteAsync(1980 + i % 30, NpgsqlDbType.Integer);
                await import.WriteAsync(i % 2 == 0 ? "female" : "male", NpgsqlDbType.Varchar);
                await import.WriteAsync(i % 3 == 0 ? "ER" : "SY", NpgsqlDbType.Char);
                await import.WriteAsync("refugee", NpgsqlDbType.Varchar);
                await import.WriteAsync(new DateOnly(2024, 1, 1).AddDays(i % 700), NpgsqlDbType.Date);
                await import.WriteAsync("unknown", NpgsqlDbType.Varchar);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await import.CompleteAsync();
        }
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY placements (id, candidate_id, company_id, type, job_title, hours_per_week, start_date, extended, consultant_id, consultant_name, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < Placements; i++)
            {
                await import.StartRowAsync();
                await import.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await import.WriteAsync(candidates[i % candidates.Length], NpgsqlDbType.Uuid);
                await import.WriteAsync(companyId, NpgsqlDbType.Uuid);
                await import.WriteAsync("ordinaryEmployment", NpgsqlDbType.Varchar);
                await import.WriteAsync("Bagerhjælper", NpgsqlDbType.Varchar);
                await import.WriteAsync(30m, NpgsqlDbType.Numeric);
                await import.WriteAsync(new DateOnly(2025, 1, 1).AddDays(i % 600), NpgsqlDbType.Date);
                await import.WriteAsync(false, NpgsqlDbType.Boolean);
                await import.WriteAsync("seed", NpgsqlDbType.Varchar);
                await import.WriteAsync("Seed", NpgsqlDbType.Varchar);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await import.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Statistics_over_200000_placements_are_grouped_by_the_database_and_their_time_is_printed()
    {
        var analyst = await AnalystAsync();
        foreach (var query in new[] { "groupBy=type", "groupBy=quarter,gender", "groupBy=ageBand,countryOfOrigin", "groupBy=company&format=csv" })
        {
            var timings = new List<double>();
            for (var run = 0; run < 5; run++)
            {
                var stopwatch = Stopwatch.StartNew();
                var response = await analyst.GetAsync($"/api/v1/statistics/placements?{query}");
                await response.Content.ReadAsByteArrayAsync();
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                timings.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
            timings.Sort();
            output.WriteLine($"statistics/placements?{query} over {Placements:N0} placements: median {timings[2]:F0} ms, fastest {timings[0]:F0} ms");
        }
    }

    [Fact]
    public async Task Exporting_200000_placements_as_csv_keeps_memory_flat()
    {
        var analyst = await AnalystAsync();
        var (baseline, samplingSource, sampler) = StartSamplingLiveHeap();
        using var sampling = samplingSource;

        var stopwatch = Stopwatch.StartNew();
        using var response = await analyst.GetAsync("/api/v1/exports/placements?format=csv", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long bytes = 0, lines = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        stopwatch.Stop();
        await sampling.CancelAsync();
        var peak = await sampler;

        var growthMb = (peak - baseline) / 1024.0 / 1024.0;
        output.WriteLine($"exported {lines - 1:N0} placements, {bytes / 1024.0 / 1024.0:F1} MB of CSV in {stopwatch.Elapsed.TotalSeconds:F1} s; " +
                         $"managed heap: baseline {baseline / 1024.0 / 1024.0:F1} MB, peak {peak / 1024.0 / 1024.0:F1} MB (growth {growthMb:F1} MB)");
        Assert.Equal(Placements + 1, lines);
        Assert.True(growthMb < bytes / 1024.0 / 1024.0, $"Managed memory grew by {growthMb:F1} MB while exporting {bytes / 1024.0 / 1024.0:F1} MB: the export is buffered somewhere.");
    }

    [Fact]
    public async Task Exporting_200000_placements_as_xlsx_keeps_memory_flat()
    {
        var analyst = await AnalystAsync();
        var (baseline, samplingSource, sampler) = StartSamplingLiveHeap();
        using var sampling = samplingSource;

        var stopwatch = Stopwatch.StartNew();
        using var response = await analyst.GetAsync("/api/v1/exports/placements?format=xlsx&lang=da", HttpCompletionOption.ResponseHeadersRead);
        var file = new MemoryStream();
        await (await response.Content.ReadAsStreamAsync()).CopyToAsync(file);
        stopwatch.Stop();
        await sampling.CancelAsync();
        var peak = await sampler;

        // The rows as they are in the sheet, unzipped: what holding them would take at the least.
        long rows = 0, sheetBytes = 0;
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(file.ToArray())))
        {
            var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            sheetBytes = sheet.Length;
            using var reader = System.Xml.XmlReader.Create(sheet.Open());
            while (reader.ReadToFollowing("row", "http://schemas.openxmlformats.org/spreadsheetml/2006/main")) rows++;
        }
        // The file in memory here is the client's copy (in a buffer that grows by doubling), not the server's: leave it out.
        var growthMb = (peak - baseline - file.Capacity) / 1024.0 / 1024.0;
        var sheetMb = sheetBytes / 1024.0 / 1024.0;
        output.WriteLine($"exported {rows - 1:N0} placements, {file.Length / 1024.0 / 1024.0:F1} MB of XLSX ({sheetMb:F1} MB of sheet unzipped) in " +
                         $"{stopwatch.Elapsed.TotalSeconds:F1} s; managed heap: baseline {baseline / 1024.0 / 1024.0:F1} MB, growth {growthMb:F1} MB");
        Assert.Equal(Placements + 1, rows);
        Assert.True(growthMb < sheetMb / 2, $"Managed memory grew by {growthMb:F1} MB while exporting a {sheetMb:F1} MB sheet: the export is buffered somewhere.");
    }

    /// <summary>
    /// Samples the managed heap's live objects (after a full collection, so garbage waiting to be collected
    /// does not count) every 100 ms until cancelled; the task's result is the largest sample. Buffering an
    /// export shows as live memory that grows with the file; streaming does not.
    /// </summary>
    private static (long Baseline, CancellationTokenSource Sampling, Task<long> Peak) StartSamplingLiveHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var sampling = new CancellationTokenSource();
        var peak = Task.Run(async () =>
        {
            var largest = baseline;
            while (!sampling.IsCancellationRequested)
            {
                largest = Math.Max(largest, GC.GetTotalMemory(forceFullCollection: true));
                await Task.Delay(100);
            }
            return largest;
        });
        return (baseline, sampling, peak);
    }
}
