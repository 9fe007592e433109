using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using Npgsql;

namespace PartnerCrm.Infrastructure.Database;

/// <summary>
/// A private PostgreSQL cluster run from the machine's own server binaries (initdb, pg_ctl), in a folder
/// the project owns, on a free loopback port. When the caller is root the server runs as the
/// <c>postgres</c> user, because PostgreSQL refuses to run as root.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private const string Superuser = "postgres";

    private readonly string _binaries;
    private readonly string _root;
    private readonly bool _asPostgresUser;
    private int _stopped;

    private LocalPostgresCluster(string binaries, string root, bool asPostgresUser, int port, string password)
    {
        _binaries = binaries;
        _root = root;
        _asPostgresUser = asPostgresUser;
        Port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = Superuser,
            Password = password,
            Database = DatabaseServer.DatabaseName,
        }.ConnectionString;
    }

    public int Port { get; }
    public string ConnectionString { get; }
    public string DataDirectory => Path.Combine(_root, "data");
    public string LogFile => Path.Combine(_root, "server.log");

    /// <summary>The folder holding initdb and pg_ctl: PATH first, then <c>pg_config --bindir</c>, then Debian's layout.</summary>
    public static string? FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasServerBinaries);
        if (onPath is not null) return onPath;

        var fromPgConfig = TryRun("pg_config", ["--bindir"]);
        if (fromPgConfig is not null && HasServerBinaries(fromPgConfig.Trim())) return fromPgConfig.Trim();

        const string debianRoot = "/usr/lib/postgresql";
        return Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var major) ? major : 0)
                .Select(dir => Path.Combine(dir, "bin"))
                .FirstOrDefault(HasServerBinaries)
            : null;
    }

    /// <summary>
    /// Starts (creating on first use) the cluster in <paramref name="root"/>. A server left running by a
    /// crashed earlier run is stopped first; a stale <c>postmaster.pid</c> is handled by pg_ctl.
    /// </summary>
    /// <param name="durable">False for throw-away test clusters: fsync off makes them much faster.</param>
    public static async Task<LocalPostgresCluster> StartAsync(string binaries, string root, bool durable, CancellationToken cancellationToken)
    {
        var asPostgresUser = Environment.UserName == "root";
        Directory.CreateDirectory(root);
        if (asPostgresUser)
        {
            // The postgres user must be able to reach the folder, and own it.
            foreach (var ancestor in Ancestors(root)) EnsureTraversable(ancestor);
            await RunAsync("chown", ["-R", $"{Superuser}:", root], root, cancellationToken);
        }
        File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var passwordFile = Path.Combine(root, "password");
        var dataDirectory = Path.Combine(root, "data");
        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
            await File.WriteAllTextAsync(passwordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)), cancellationToken);
            if (asPostgresUser) await RunAsync("chown", [$"{Superuser}:", passwordFile], root, cancellationToken);
            await RunServerToolAsync(binaries, asPostgresUser, root, "initdb",
                ["-D", dataDirectory, "-U", Superuser, "--auth=scram-sha-256", $"--pwfile={passwordFile}",
                 "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions"], cancellationToken);
        }
        var password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();

        if (await IsRunningAsync(binaries, asPostgresUser, root, dataDirectory, cancellationToken))
            await RunServerToolAsync(binaries, asPostgresUser, root, "pg_ctl", ["stop", "-D", dataDirectory, "-m", "fast", "-w"], cancellationToken);

        var port = FreeLoopbackPort();
        var settings = $"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c max_connections=200"
            + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        var cluster = new LocalPostgresCluster(binaries, root, asPostgresUser, port, password);
        await RunServerToolAsync(binaries, asPostgresUser, root, "pg_ctl",
            ["start", "-D", dataDirectory, "-w", "-t", "60", "-l", cluster.LogFile, "-o", settings], cancellationToken);

        await cluster.EnsureDatabaseAsync(cancellationToken);
        return cluster;
    }

    /// <summary>Stops the server (fast shutdown: open sessions are ended, nothing committed is lost).</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        NpgsqlConnection.ClearAllPools();
        await RunServerToolAsync(_binaries, _asPostgresUser, _root, "pg_ctl",
            ["stop", "-D", DataDirectory, "-m", "fast", "-w"], CancellationToken.None);
    }

    /// <summary>
    /// Stops and deletes the cluster, for clusters that live only as long as one test run. The work is
    /// handed to a detached shell because a test host may be ended the moment its last test finishes;
    /// whatever is still left is removed by the next run (<see cref="DeleteAbandonedAsync"/>).
    /// </summary>
    public ValueTask DestroyAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return ValueTask.CompletedTask;
        NpgsqlConnection.ClearAllPools();
        var (pgCtl, stopArguments) = ServerTool(_binaries, _asPostgresUser, "pg_ctl", ["stop", "-D", DataDirectory, "-m", "fast", "-w"]);
        var stop = string.Join(' ', new[] { pgCtl }.Concat(stopArguments).Select(Quote));
        var script = $"({stop} >/dev/null 2>&1; rm -rf {Quote(_root)}) </dev/null >/dev/null 2>&1 &";
        using var shell = Process.Start(new ProcessStartInfo("sh", ["-c", script]) { WorkingDirectory = Path.GetTempPath(), UseShellExecute = false });
        shell?.WaitForExit();
        return ValueTask.CompletedTask;
    }

    private static string Quote(string word) => $"'{word.Replace("'", "'\\''")}'";

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>
    /// Stops (if it still runs) and deletes a cluster folder another process left behind, e.g. a test run
    /// that was killed before it could clean up.
    /// </summary>
    public static async Task DeleteAbandonedAsync(string binaries, string root, CancellationToken cancellationToken)
    {
        var asPostgresUser = Environment.UserName == "root";
        var dataDirectory = Path.Combine(root, "data");
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION"))
            && await IsRunningAsync(binaries, asPostgresUser, root, dataDirectory, cancellationToken))
            await RunServerToolAsync(binaries, asPostgresUser, root, "pg_ctl", ["stop", "-D", dataDirectory, "-m", "immediate", "-w"], cancellationToken);
        Directory.Delete(root, recursive: true);
    }

    private async Task EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", DatabaseServer.DatabaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseServer.DatabaseName}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<bool> IsRunningAsync(string binaries, bool asPostgresUser, string root, string dataDirectory, CancellationToken cancellationToken)
    {
        var (exitCode, _) = await StartProcessAsync(ServerTool(binaries, asPostgresUser, "pg_ctl", ["status", "-D", dataDirectory]), root, cancellationToken);
        return exitCode == 0;
    }

    private static Task RunServerToolAsync(string binaries, bool asPostgresUser, string root, string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var (program, args) = ServerTool(binaries, asPostgresUser, tool, arguments);
        return RunAsync(program, args, root, cancellationToken);
    }

    private static (string Program, string[] Arguments) ServerTool(string binaries, bool asPostgresUser, string tool, string[] arguments)
    {
        var path = Path.Combine(binaries, tool);
        return asPostgresUser ? ("runuser", ["-u", Superuser, "--", path, .. arguments]) : (path, arguments);
    }

    private static async Task RunAsync(string program, string[] arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await StartProcessAsync((program, arguments), workingDirectory, cancellationToken);
        if (exitCode != 0)
            throw new InvalidOperationException($"'{program} {string.Join(' ', arguments)}' failed with exit code {exitCode}:{Environment.NewLine}{output}");
    }

    private static async Task<(int ExitCode, string Output)> StartProcessAsync((string Program, string[] Arguments) command, string workingDirectory, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(command.Program, command.Arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {command.Program}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    private static string? TryRun(string program, string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static bool HasServerBinaries(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var parent = Path.GetDirectoryName(Path.GetFullPath(folder)); parent is not null; parent = Path.GetDirectoryName(parent))
            yield return parent;
    }

    private static void EnsureTraversable(string folder)
    {
        var mode = File.GetUnixFileMode(folder);
        if (!mode.HasFlag(UnixFileMode.OtherExecute))
            throw new InvalidOperationException(
                $"The postgres user cannot reach '{folder}'. Put the checkout where other users can read it, or set ConnectionStrings__Crm.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
