using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;
using Respawn;

namespace PartnerCrm.Api.Tests.Infrastructure;

/// <summary>
/// The API on Kestrel (real HTTP on a loopback port) against its own PostgreSQL database. One per test
/// class; <see cref="ResetAsync"/> empties the tables between tests.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private Respawner? _respawner;
    private readonly Dictionary<string, string> _tokens = new();
    private readonly bool _ownsDatabase = true;

    public ApiFactory()
    {
    }

    /// <summary>
    /// An API on a database that is not its own, as a second instance of one deployment or the same one
    /// started again: it neither creates nor drops the database.
    /// </summary>
    protected ApiFactory(string sharedConnectionString)
    {
        ConnectionString = sharedConnectionString;
        _ownsDatabase = false;
    }

    public string ConnectionString { get; private set; } = "";

    /// <summary>The application's clock; each test starts it at the real time and may move it.</summary>
    public TestClock Clock { get; } = new();

    protected virtual string Environment => "Development";

    protected virtual string DatabaseConnectionString => ConnectionString;

    public virtual async Task InitializeAsync()
    {
        if (_ownsDatabase) ConnectionString = await TestDatabaseServer.CreateDatabaseAsync();
        UseKestrel(0);
        StartServer();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__ef_migrations_history"],
        });
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
        Clock.StartAt(DateTimeOffset.UtcNow);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Crm", DatabaseConnectionString);
        builder.UseSetting("Database:MigrateAtStartup", "false");
        builder.UseSetting("ApiKeys:LastUsedFlushSeconds", "0.2");
        builder.UseSetting("CompanyImports:PollSeconds", "0.2");
        ConfigureSettings(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(new ErrorFileLoggerProvider(Path.Combine(
            PartnerCrm.Infrastructure.Database.DatabaseServer.FindCheckout(AppContext.BaseDirectory), "tests", "Api.Tests", "artifacts", "server-errors.log"))));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    /// <summary>A client with a development token for <paramref name="role"/>.</summary>
    public async Task<HttpClient> ClientAsync(string role, string name = "Test Person")
    {
        var key = $"{role}|{name}";
        if (!_tokens.TryGetValue(key, out var token))
        {
            using var anonymous = CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/dev-token", new { name, role });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
            _tokens[key] = token;
        }
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase && ConnectionString.Length > 0) await TestDatabaseServer.DropDatabaseAsync(ConnectionString);
    }

    private sealed record TokenResponse(string AccessToken);
}
