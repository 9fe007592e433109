using Docker.DotNet;
using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace PartnerCrm.Infrastructure.Database;

/// <summary>
/// A PostgreSQL server this process started for itself, and how to stop it. Found in this order:
/// the local server binaries (a private cluster), then a Docker engine (Testcontainers).
/// A configured connection string is used as it is and never reaches this class.
/// </summary>
public sealed class DatabaseServer : IAsyncDisposable
{
    public const string NothingToRunMessage =
        "PartnerCrm needs PostgreSQL 15 or newer and found none. Do one of these: install the PostgreSQL server " +
        "binaries (Debian/Ubuntu: 'apt-get install postgresql'; they provide initdb and pg_ctl), start a Docker " +
        "engine, or set ConnectionStrings__Crm (PARTNERCRM_TEST_DB for the tests) to an existing server.";

    public const string DatabaseName = "partnercrm";

    private readonly Func<ValueTask> _stop;
    private int _stopped;

    private DatabaseServer(string connectionString, string description, Func<ValueTask> stop)
    {
        ConnectionString = connectionString;
        Description = description;
        _stop = stop;
    }

    public string ConnectionString { get; }
    public string Description { get; }

    /// <param name="checkoutFolder">The cluster folder is named after it: one cluster per checkout.</param>
    /// <param name="purpose">The cluster's name inside that folder, e.g. <c>dev</c>.</param>
    /// <param name="durable">False for clusters that are thrown away: no fsync.</param>
    public static async Task<DatabaseServer> StartAsync(string checkoutFolder, string purpose, bool durable, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsWindows() && LocalPostgresCluster.FindBinaries() is { } binaries)
        {
            var folder = ClusterFolder(checkoutFolder, purpose);
            if (!durable) await DeleteAbandonedThrowAwayClustersAsync(binaries, Path.GetDirectoryName(folder)!, cancellationToken);
            var cluster = await LocalPostgresCluster.StartAsync(binaries, folder, durable, cancellationToken);
            return new DatabaseServer(
                cluster.ConnectionString,
                $"local PostgreSQL cluster in {cluster.DataDirectory}, listening on 127.0.0.1:{cluster.Port}",
                durable ? cluster.DisposeAsync : cluster.DestroyAsync);
        }

        if (await TryStartContainerAsync(cancellationToken) is { } container)
        {
            var connectionString = new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = DatabaseName };
            return new DatabaseServer(
                connectionString.ConnectionString,
                $"PostgreSQL in Docker container {container.Name}",
                container.DisposeAsync);
        }

        throw new InvalidOperationException(NothingToRunMessage);
    }

    /// <summary>
    /// Throw-away clusters are named <c>…-&lt;process id&gt;</c>; one whose process is gone was left behind
    /// by a run that was killed, and is removed.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static async Task DeleteAbandonedThrowAwayClustersAsync(string binaries, string checkoutClusters, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(checkoutClusters)) return;
        foreach (var folder in Directory.GetDirectories(checkoutClusters))
        {
            var name = Path.GetFileName(folder);
            var dash = name.LastIndexOf('-');
            if (dash < 0 || !int.TryParse(name[(dash + 1)..], out var processId) || IsAlive(processId)) continue;
            await LocalPostgresCluster.DeleteAbandonedAsync(binaries, folder, cancellationToken);
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>In the system temp folder, which the <c>postgres</c> user can reach, one folder per checkout.</summary>
    public static string ClusterFolder(string checkoutFolder, string purpose)
    {
        var checkoutHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(checkoutFolder))))[..12].ToLowerInvariant();
        return Path.Combine(Path.GetTempPath(), $"partnercrm-{checkoutHash}", purpose);
    }

    /// <summary>The folder of the checkout: the nearest one up from <paramref name="start"/> holding PartnerCrm.sln.</summary>
    public static string FindCheckout(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "PartnerCrm.sln"))) return folder.FullName;
        return start;
    }

    /// <summary>Stops the server; true when this call stopped it, false when it was stopped already.</summary>
    public async Task<bool> StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0) return false;
        await _stop();
        return true;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static async Task<PostgreSqlContainer?> TryStartContainerAsync(CancellationToken cancellationToken)
    {
        PostgreSqlContainer? container = null;
        try
        {
            container = new PostgreSqlBuilder("postgres:15-alpine").WithDatabase(DatabaseName).Build();
            await container.StartAsync(cancellationToken);
            return container;
        }
        catch (Exception e) when (e is DockerUnavailableException or DockerApiException or HttpRequestException or TimeoutException)
        {
            if (container is not null) await container.DisposeAsync();
            return null;
        }
    }
}
