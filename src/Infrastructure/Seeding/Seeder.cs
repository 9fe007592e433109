using System.Diagnostics;
using Npgsql;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>
/// Fills a migrated database with made-up data: each table in turn, in the order their foreign keys point, as a
/// binary COPY streamed from its generator. The whole load is one transaction (see <see cref="BulkLoad"/>): it
/// lands completely or not at all. The planner's statistics are gathered at the end, since the API's queries
/// need them from the first request. The summary goes to <c>output</c>; progress and a refusal to <c>progress</c> (standard error).
/// </summary>
public sealed class Seeder(string connectionString, IReadOnlyList<StaffMember> consultants, TextWriter output, TextWriter progress, bool progressIsTerminal)
{
    /// <summary>The tables that must be empty unless <see cref="SeedOptions.Append"/> is given.</summary>
    private static readonly string[] GuardedTables = ["companies", "candidates", "placements"];

    /// <summary>Seeds; returns the process's exit code: 0, or 2 when the database already holds data and appending was not asked for.</summary>
    public async Task<int> RunAsync(SeedOptions options, DateOnly today, CancellationToken cancellationToken = default)
    {
        if (consultants.Count is 0 or > byte.MaxValue) throw new ArgumentException("Seeding needs 1 to 255 consultants.", nameof(consultants));
        var clock = Stopwatch.StartNew();
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        var filled = await FilledTablesAsync(connection, cancellationToken);
        if (filled.Count > 0 && !options.Append)
        {
            await progress.WriteLineAsync(
                $"PartnerCrm: the database already holds {string.Join(", ", filled)}; nothing was seeded. Add --append to add to it.");
            return 2;
        }

        var cvrs = options.Append ? await ReadSetAsync(connection, "SELECT cvr FROM companies", cancellationToken) : [];
        var caseReferences = options.Append ? await ReadSetAsync(connection, "SELECT case_reference FROM candidates WHERE case_reference IS NOT NULL", cancellationToken) : [];
        var world = new SeedWorld(options, today, consultants, cvrs.Count + caseReferences.Count);
        var paths = new PlacementPaths(world);
        var offers = new InternshipOfferTable(world, paths);
        SeedTable[] tables =
        [
            new CompanyTable(world, cvrs), new ContactTable(world), new ActivityTable(world), new PartnershipTable(world),
            new CandidateTable(world, caseReferences), offers, new PlacementTable(world, paths), new FollowUpTable(world, paths),
            new ReferralTable(world, offers),
        ];
        // In the order of the audit trail's index (entity, entity id), so it is built from sorted input.
        var audit = new AuditTable(world, [.. tables.OrderBy(table => table.Entity, StringComparer.Ordinal)]);

        var counts = new List<(string Table, long Rows)>();
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await ExecuteAsync(connection, transaction, "SET LOCAL maintenance_work_mem = '512MB'", cancellationToken);
            var load = await BulkLoad.OpenAsync(connection, transaction, [.. tables.Select(t => t.Name), audit.Name], cancellationToken);
            // Tables emptied in this transaction take their rows already frozen (COPY FREEZE): nobody has to visit every
            // page afterwards to mark its rows visible. The audit trail is never emptied, so it is loaded as it is.
            var frozen = !options.Append;
            if (frozen) await ExecuteAsync(connection, transaction, $"TRUNCATE {string.Join(", ", tables.Select(t => t.Name))}", cancellationToken);
            foreach (var table in tables.Append<SeedTable>(audit))
            {
                if (table == offers) offers.Plan();
                counts.Add((table.Name, await CopyAsync(connection, table, frozen && table != audit, cancellationToken)));
            }

            var keys = Stopwatch.StartNew();
            var bar = new SeedProgress(progress, progressIsTerminal, "keys and indexes", 1);
            await load.CloseAsync(connection, transaction, (name, took) => bar.Note($"{name} {took.TotalSeconds:F1} s"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            bar.Done(keys.Elapsed);
        }

        var analyse = Stopwatch.StartNew();
        foreach (var table in tables.Append<SeedTable>(audit))
            await ExecuteAsync(connection, null, $"ANALYZE {table.Name}", cancellationToken);
        new SeedProgress(progress, progressIsTerminal, "statistics", 1).Done(analyse.Elapsed);

        await output.WriteLineAsync($"PartnerCrm: seeded in {clock.Elapsed.TotalSeconds:F1} s (seed {options.Seed}, day {today:yyyy-MM-dd}).");
        foreach (var (table, rows) in counts) await output.WriteLineAsync($"  {table,-18} {rows,12:N0} rows");
        return 0;
    }

    private async Task<long> CopyAsync(NpgsqlConnection connection, SeedTable table, bool freeze, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var bar = new SeedProgress(progress, progressIsTerminal, table.Name, table.ExpectedRows);
        long rows;
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({table.Columns}) FROM STDIN (FORMAT BINARY{(freeze ? ", FREEZE" : "")})", cancellationToken))
        {
            rows = table.Write(copy, bar);
            await copy.CompleteAsync(cancellationToken);
        }
        bar.Done(rows, clock.Elapsed);
        return rows;
    }

    private static async Task<List<string>> FilledTablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var filled = new List<string>();
        foreach (var table in GuardedTables)
        {
            await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table})", connection);
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!) filled.Add(table);
        }
        return filled;
    }

    private static async Task<HashSet<string>> ReadSetAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var values = new HashSet<string>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) values.Add(reader.GetString(0));
        return values;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
