using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnerCrm.Infrastructure.Database;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Api.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server for the whole test run: the server named by <c>PARTNERCRM_TEST_DB</c>, or else
/// one this process starts (local binaries, then Docker) and removes when the run ends. The schema is
/// migrated once into a template database; each test class gets a copy of it, so classes run in parallel
/// without seeing each other's rows.
/// </summary>
public static class TestDatabaseServer
{
    public const string ConnectionStringVariable = "PARTNERCRM_TEST_DB";
    private const string TemplateName = "partnercrm_template";

    private static readonly Lazy<Task<string>> Template = new(PrepareTemplateAsync);
    private static DatabaseServer? _ownServer;

    /// <summary>Creates an empty, migrated database for one test class and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var serverConnectionString = await Template.Value;
        var name = $"partnercrm_test_{Guid.NewGuid():N}";
        await ExecuteAsync(serverConnectionString, $"CREATE DATABASE {name} TEMPLATE {TemplateName}");
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>A database with no schema at all, for tests of the migrations themselves.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        var serverConnectionString = await Template.Value;
        var name = $"partnercrm_empty_{Guid.NewGuid():N}";
        await ExecuteAsync(serverConnectionString, $"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database!;
        NpgsqlConnection.ClearAllPools();
        builder.Database = "postgres";
        await ExecuteAsync(builder.ConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    /// <summary>Stops and removes the server this run started; called once when the run ends.</summary>
    public static async Task StopAsync()
    {
        if (_ownServer is not null) await _ownServer.DisposeAsync();
    }

    private static async Task<string> PrepareTemplateAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        string serverConnectionString;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            serverConnectionString = configured;
        }
        else
        {
            var checkout = DatabaseServer.FindCheckout(AppContext.BaseDirectory);
            _ownServer = await DatabaseServer.StartAsync(checkout, $"test-{Environment.ProcessId}", durable: false, CancellationToken.None);
            serverConnectionString = _ownServer.ConnectionString;
        }

        var admin = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres" }.ConnectionString;
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE)");
        await ExecuteAsync(admin, $"CREATE DATABASE {TemplateName}");

        var template = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = TemplateName, Pooling = false }.ConnectionString;
        var options = new DbContextOptionsBuilder<AppDbContext>().UsePartnerCrmNpgsql(template).Options;
        await using (var db = new AppDbContext(options, TimeProvider.System, SystemActor.Instance))
            await db.Database.MigrateAsync();
        NpgsqlConnection.ClearAllPools();
        return admin;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
