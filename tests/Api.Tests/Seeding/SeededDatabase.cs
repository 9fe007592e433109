using Npgsql;
using PartnerCrm.Api.Hosting;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Infrastructure.Seeding;

namespace PartnerCrm.Api.Tests.Seeding;

/// <summary>A test database holding 10,000 seeded placements (companies and candidates scaled down with them), and the API over it.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    /// <summary>The seed day of every seed in these tests, so two seeds made a second apart are the same even over midnight.</summary>
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static readonly SeedOptions Options = new(Companies: 200, Candidates: 2_000, Placements: 10_000, Seed: 7, Append: false, Demo: false);

    public string ConnectionString { get; private set; } = "";

    public SeededApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabaseServer.CreateDatabaseAsync();
        Assert.Equal(0, await SeedAsync(ConnectionString, Options));
        Api = new SeededApi(ConnectionString);
        await Api.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await TestDatabaseServer.DropDatabaseAsync(ConnectionString);
    }

    /// <summary>Seeds as the <c>seed</c> command does, on <see cref="Today"/>; returns its exit code.</summary>
    public static Task<int> SeedAsync(string connectionString, SeedOptions options, TextWriter? errors = null) =>
        new Seeder(connectionString, SeedCommand.Consultants(options), TextWriter.Null, errors ?? TextWriter.Null, progressIsTerminal: false)
            .RunAsync(options, Today);

    public static async Task<List<T>> QueryAsync<T>(string connectionString, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql) =>
        (await QueryAsync(connectionString, sql, reader => reader.GetFieldValue<T>(0))).Single();
}

/// <summary>The API over a database the test made and keeps.</summary>
public sealed class SeededApi(string connectionString) : ApiFactory(connectionString);
