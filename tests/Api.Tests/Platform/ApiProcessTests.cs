using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Infrastructure.Database;

namespace PartnerCrm.Api.Tests.Platform;

/// <summary>
/// The API as a developer and an operator start it: as its own process, configured only by environment
/// variables and arguments.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ApiProcessTests
{
    private static readonly string Checkout = DatabaseServer.FindCheckout(AppContext.BaseDirectory);
    private static readonly string ApiFolder = Path.Combine(Checkout, "src", "Api");
    private static readonly string ApiAssembly = Path.Combine(AppContext.BaseDirectory, "PartnerCrm.Api.dll");

    private sealed class ApiProcess(Process process, StringBuilder output) : IDisposable
    {
        public Process Process { get; } = process;
        public string Output { get { lock (output) return output.ToString(); } }

        /// <summary>Waits for the exit and for the last line of output.</summary>
        public bool Exits(TimeSpan within)
        {
            if (!Process.WaitForExit(within)) return false;
            Process.WaitForExit();
            return true;
        }

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.Dispose();
        }
    }

    private static ApiProcess Start(string environment, IDictionary<string, string?> settings, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", [ApiAssembly, .. arguments])
        {
            WorkingDirectory = ApiFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        info.Environment.Remove("ConnectionStrings__Crm");
        info.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (name, value) in settings) info.Environment[name] = value;

        var output = new StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, line) => { lock (output) output.AppendLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { lock (output) output.AppendLine(line.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ApiProcess(process, output);
    }

    /// <summary>Runs a test with a local cluster of its own name, and removes the cluster after it, whatever happened.</summary>
    private static async Task WithOwnClusterAsync(string purpose, Func<string, string, Task> test)
    {
        var clusterName = $"{purpose}-{Environment.ProcessId}";
        var clusterFolder = DatabaseServer.ClusterFolder(Checkout, clusterName);
        try
        {
            await test(clusterName, clusterFolder);
        }
        finally
        {
            if (LocalPostgresCluster.FindBinaries() is { } binaries && Directory.Exists(clusterFolder))
                await LocalPostgresCluster.DeleteAbandonedAsync(binaries, clusterFolder, CancellationToken.None);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public Task In_development_with_no_configuration_it_starts_its_own_database_and_leaves_nothing_behind() =>
        WithOwnClusterAsync("process-test", async (clusterName, clusterFolder) =>
        {
            var port = FreePort();
            using var api = Start("Development", new Dictionary<string, string?> { ["Database__LocalCluster"] = clusterName },
                "--urls", $"http://127.0.0.1:{port}");
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var ready = false;
            for (var deadline = DateTime.UtcNow.AddSeconds(120); !ready && !api.Process.HasExited && DateTime.UtcNow < deadline;)
            {
                try
                {
                    ready = (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(250);
                }
            }

            if (LocalPostgresCluster.FindBinaries() is null && !ready)
            {
                // No server binaries here (and no Docker engine): the API must say what to install.
                Assert.True(api.Process.HasExited);
                Assert.Contains("apt-get install postgresql", api.Output);
                return;
            }

            Assert.True(ready, $"/health/ready never answered 200:\n{api.Output}");
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/swagger/index.html")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/openapi/v1.json")).StatusCode);
            Assert.Contains($"http://127.0.0.1:{port}/swagger", api.Output);

            using (var terminate = Process.Start("kill", ["-TERM", api.Process.Id.ToString()]))
                await terminate.WaitForExitAsync();
            Assert.True(api.Exits(TimeSpan.FromSeconds(60)), $"The API did not stop:\n{api.Output}");
            Assert.Contains("stopped the database server", api.Output);
            Assert.False(File.Exists(Path.Combine(clusterFolder, "data", "postmaster.pid")), "The PostgreSQL server is still running");
        });

    [Fact]
    public Task A_port_already_taken_is_told_in_one_line_and_the_database_it_started_is_stopped() =>
        WithOwnClusterAsync("port-test", (clusterName, clusterFolder) =>
        {
            using var taken = new TcpListener(IPAddress.Loopback, 0);
            taken.Start();
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            using var api = Start("Development", new Dictionary<string, string?> { ["Database__LocalCluster"] = clusterName },
                "--urls", $"http://127.0.0.1:{port}");
            Assert.True(api.Exits(TimeSpan.FromSeconds(120)), api.Output);
            Assert.NotEqual(0, api.Process.ExitCode);
            var said = Assert.Single(api.Output.Split('\n'), line => line.Contains("already in use"));
            Assert.Contains($"127.0.0.1:{port}", said);
            Assert.Contains("--urls", said);
            Assert.DoesNotContain("   at ", api.Output);
            Assert.Contains("stopped the database server", api.Output);
            Assert.False(File.Exists(Path.Combine(clusterFolder, "data", "postmaster.pid")), "The PostgreSQL server outlived the failed start");
            return Task.CompletedTask;
        });

    [Fact]
    public Task In_development_the_migrate_command_migrates_its_own_database_and_stops_it() =>
        WithOwnClusterAsync("migrate-test", (clusterName, clusterFolder) =>
        {
            using var api = Start("Development", new Dictionary<string, string?> { ["Database__LocalCluster"] = clusterName }, "migrate");
            Assert.True(api.Exits(TimeSpan.FromSeconds(120)), api.Output);
            Assert.True(api.Process.ExitCode == 0, api.Output);
            Assert.Contains("schema is up to date", api.Output);
            Assert.Contains("stopped the database server", api.Output);
            Assert.False(File.Exists(Path.Combine(clusterFolder, "data", "postmaster.pid")), "The PostgreSQL server is still running");
            return Task.CompletedTask;
        });

    [Fact]
    public async Task The_migrate_command_brings_an_empty_database_up_to_date_with_only_a_connection_string()
    {
        var connectionString = await TestDatabaseServer.CreateEmptyDatabaseAsync();
        try
        {
            using var api = Start("Production", new Dictionary<string, string?> { ["ConnectionStrings__Crm"] = connectionString }, "migrate");
            Assert.True(api.Exits(TimeSpan.FromSeconds(120)), api.Output);
            Assert.True(api.Process.ExitCode == 0, api.Output);
            Assert.Contains("schema is up to date", api.Output);

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM __ef_migrations_history", connection);
            Assert.True((long)(await count.ExecuteScalarAsync())! >= 1);
            await using var companies = new NpgsqlCommand("SELECT count(*) FROM companies", connection);
            Assert.Equal(0L, await companies.ExecuteScalarAsync());
        }
        finally
        {
            await TestDatabaseServer.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public void Outside_development_it_refuses_to_start_without_a_connection_string()
    {
        using var api = Start("Production", new Dictionary<string, string?>
        {
            ["Authentication__SigningKey"] = "a-production-signing-key-from-a-secret-store-0123",
            ["Exports__PseudonymKey"] = "a-production-pseudonym-key-from-a-secret-store",
        }, "--urls", $"http://127.0.0.1:{FreePort()}");
        Assert.True(api.Exits(TimeSpan.FromSeconds(60)), api.Output);
        Assert.NotEqual(0, api.Process.ExitCode);
        Assert.Contains("ConnectionStrings__Crm is not set", api.Output);
    }

    [Fact]
    public async Task With_json_console_logs_each_line_is_json_and_the_request_line_carries_the_trace_id_of_the_problem_answer()
    {
        var connectionString = await TestDatabaseServer.CreateDatabaseAsync();
        try
        {
            var port = FreePort();
            using var api = Start("Production", new Dictionary<string, string?>
            {
                ["ConnectionStrings__Crm"] = connectionString,
                ["Authentication__SigningKey"] = "a-production-signing-key-from-a-secret-store-0123",
                ["Exports__PseudonymKey"] = "a-production-pseudonym-key-from-a-secret-store",
                ["Logging__Console__FormatterName"] = "json",
            }, "--urls", $"http://127.0.0.1:{port}");
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            HttpResponseMessage? answer = null;
            for (var deadline = DateTime.UtcNow.AddSeconds(60); answer is null && !api.Process.HasExited && DateTime.UtcNow < deadline;)
            {
                try
                {
                    answer = await http.GetAsync("/api/v1/no-such-route?search=Amira%20Secret");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(250);
                }
            }
            Assert.True(answer is not null, $"The API never answered:\n{api.Output}");
            var traceId = (await answer.ShouldBe(HttpStatusCode.NotFound)).GetProperty("traceId").GetString()!;

            using (var terminate = Process.Start("kill", ["-TERM", api.Process.Id.ToString()]))
                await terminate.WaitForExitAsync();
            Assert.True(api.Exits(TimeSpan.FromSeconds(60)), $"The API did not stop:\n{api.Output}");

            var lines = api.Output.Split('\n').Where(line => line.StartsWith('{')).Select(line => JsonDocument.Parse(line).RootElement).ToList();
            Assert.Contains(lines, line => line.GetProperty("Message").GetString()!.Contains("OpenTelemetry export is off"));
            var request = Assert.Single(lines, line => line.GetProperty("Category").GetString() == "PartnerCrm.Api.Hosting.RequestLogging");
            Assert.StartsWith("HTTP GET unmatched responded 404 in ", request.GetProperty("Message").GetString());
            Assert.EndsWith("Z", request.GetProperty("Timestamp").GetString());
            var scopes = request.GetProperty("Scopes").EnumerateArray().ToList();
            Assert.Contains(scopes, scope => scope.TryGetProperty("traceId", out var value) && value.GetString() == traceId);
            Assert.Contains(scopes, scope => scope.TryGetProperty("TraceId", out var value) && value.GetString() == traceId.Split('-')[1]);
            Assert.DoesNotContain("Amira", api.Output);
            Assert.DoesNotContain("no-such-route", api.Output);
        }
        finally
        {
            await TestDatabaseServer.DropDatabaseAsync(connectionString);
        }
    }
}
