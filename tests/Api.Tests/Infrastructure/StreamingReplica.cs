using System.Diagnostics;
using Npgsql;
using PartnerCrm.Infrastructure.Database;

namespace PartnerCrm.Api.Tests.Infrastructure;

/// <summary>
/// A primary and a hot standby streaming from it, as an operator runs them: two throw-away local clusters
/// (<see cref="LocalPostgresCluster"/>), the standby made with <c>pg_basebackup -R</c> from the primary.
/// initdb's own <c>pg_hba.conf</c> lets replication connections in from 127.0.0.1 (pg_basebackup says so
/// when it does not), and PostgreSQL 15 writes replica-level WAL by default (checked). The folders end in
/// this process's id, so a run that was killed leaves nothing the next run does not remove.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StreamingReplica : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _tools;

    private StreamingReplica(string tools, LocalPostgresCluster primary, LocalPostgresCluster standby)
    {
        _tools = tools;
        Primary = primary;
        Standby = standby;
    }

    public LocalPostgresCluster Primary { get; }

    public LocalPostgresCluster Standby { get; }

    /// <summary>Both servers behind one connection string, the standby preferred (Npgsql falls back to the primary).</summary>
    public string PreferStandbyConnectionString => new NpgsqlConnectionStringBuilder(Primary.ConnectionString)
    {
        Host = $"127.0.0.1:{Primary.Port},127.0.0.1:{Standby.Port}",
        TargetSessionAttributes = "prefer-standby",
    }.ConnectionString;

    public static async Task<StreamingReplica> StartAsync()
    {
        var binaries = LocalPostgresCluster.FindBinaries() ?? throw new InvalidOperationException(
            "A standby needs PostgreSQL's server binaries (initdb, pg_ctl, pg_basebackup) and none were found. " +
            "Debian/Ubuntu: apt-get install postgresql.");
        var tools = ToolsFolder(binaries);
        var checkout = DatabaseServer.FindCheckout(AppContext.BaseDirectory);
        var primaryRoot = DatabaseServer.ClusterFolder(checkout, $"replication-primary-{Environment.ProcessId}");
        var standbyRoot = DatabaseServer.ClusterFolder(checkout, $"replication-standby-{Environment.ProcessId}");
        LocalPostgresCluster? primary = null;
        LocalPostgresCluster? standby = null;
        try
        {
            primary = await LocalPostgresCluster.StartAsync(binaries, primaryRoot, durable: false, CancellationToken.None);
            var walLevel = await ScalarAsync<string>(primary.ConnectionString, "SHOW wal_level");
            if (walLevel is not ("replica" or "logical"))
                throw new InvalidOperationException($"The primary writes WAL at level '{walLevel}'; a standby needs 'replica'.");

            if (Directory.Exists(standbyRoot)) Directory.Delete(standbyRoot, recursive: true);
            Directory.CreateDirectory(standbyRoot);
            var password = new NpgsqlConnectionStringBuilder(primary.ConnectionString).Password!;
            await File.WriteAllTextAsync(Path.Combine(standbyRoot, "password"), password);
            if (AsServerUser) await RunAsync("chown", ["-R", "postgres:", standbyRoot]);
            // -R writes standby.signal and primary_conninfo (with these connection settings) into the copy.
            await RunServerToolAsync(tools, "pg_basebackup",
                ["-D", Path.Combine(standbyRoot, "data"), "-R", "-X", "stream", "--checkpoint=fast", "-w",
                 "-d", $"host=127.0.0.1 port={primary.Port} user=postgres password={password}"]);
            standby = await LocalPostgresCluster.StartAsync(binaries, standbyRoot, durable: false, CancellationToken.None);

            var replica = new StreamingReplica(tools, primary, standby);
            await replica.WaitUntilAsync(primary.ConnectionString,
                "SELECT count(*) > 0 FROM pg_stat_replication WHERE state = 'streaming'", "the standby streams from the primary");
            return replica;
        }
        catch
        {
            if (standby is not null) await standby.DestroyAsync();
            if (primary is not null) await primary.DestroyAsync();
            throw;
        }
    }

    /// <summary>Waits until the standby has replayed everything the primary had written when this was called.</summary>
    public async Task CatchUpAsync()
    {
        var written = await ScalarAsync<string>(Primary.ConnectionString, "SELECT pg_current_wal_lsn()::text");
        await WaitUntilAsync(Standby.ConnectionString, $"SELECT pg_last_wal_replay_lsn() >= '{written}'::pg_lsn", "the standby catches up");
    }

    /// <summary>The standby keeps receiving WAL but stops applying it: its data stays as it is now.</summary>
    public async Task PauseReplayAsync()
    {
        await ScalarAsync<object>(Standby.ConnectionString, "SELECT pg_wal_replay_pause()");
        await WaitUntilAsync(Standby.ConnectionString, "SELECT pg_get_wal_replay_pause_state() = 'paused'", "replay pauses");
    }

    public Task ResumeReplayAsync() => ScalarAsync<object>(Standby.ConnectionString, "SELECT pg_wal_replay_resume()");

    /// <summary>Shuts the standby down, as an outage would; <see cref="DisposeAsync"/> still removes it.</summary>
    public Task StopStandbyAsync() =>
        RunServerToolAsync(_tools, "pg_ctl", ["stop", "-D", Standby.DataDirectory, "-m", "fast", "-w"]);

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Stops both servers (a stopped one is left as it is) and removes their folders.</summary>
    public async ValueTask DisposeAsync()
    {
        await Standby.DestroyAsync();
        await Primary.DestroyAsync();
    }

    private async Task WaitUntilAsync(string connectionString, string condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await ScalarAsync<bool>(connectionString, condition))
        {
            if (clock.Elapsed > Patience) throw new TimeoutException($"Waited {Patience.TotalSeconds} s for {what}.");
            await Task.Delay(50);
        }
    }

    private static bool AsServerUser => Environment.UserName == "root";

    /// <summary>pg_basebackup sits beside the real initdb, which PATH may only reach through a link.</summary>
    private static string ToolsFolder(string binaries)
    {
        var initdb = new FileInfo(Path.Combine(binaries, "initdb"));
        var folder = (initdb.ResolveLinkTarget(returnFinalTarget: true) as FileInfo)?.DirectoryName ?? binaries;
        return File.Exists(Path.Combine(folder, "pg_basebackup"))
            ? folder
            : throw new InvalidOperationException($"pg_basebackup was not found beside initdb in {folder}; a standby cannot be made without it.");
    }

    private static Task RunServerToolAsync(string tools, string tool, string[] arguments)
    {
        var path = Path.Combine(tools, tool);
        return AsServerUser ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments], tool) : RunAsync(path, arguments, tool);
    }

    /// <param name="name">What a failure names; not the arguments, which may hold the password.</param>
    private static async Task RunAsync(string program, string[] arguments, string? name = null)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{name ?? program} failed with exit code {process.ExitCode}: {await output}{await errors}");
    }
}
