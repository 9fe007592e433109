using Npgsql;

namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>
/// Loading millions of rows is several times faster into tables without indexes and foreign keys: each row
/// would otherwise update every index at a random place and run a foreign-key trigger. So the seeded tables'
/// keys, indexes and foreign keys are dropped inside the load's transaction and made again from their own
/// definitions (<c>pg_get_constraintdef</c>, <c>pg_get_indexdef</c>) before it commits: the schema ends exactly
/// as migrated, every key and foreign key is checked once over all rows, and a failure rolls all of it back.
/// </summary>
internal sealed class BulkLoad
{
    private readonly List<(string Table, string Name, string Definition)> _keys = [];
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys = [];
    private readonly List<(string Name, string Definition)> _indexes = [];

    public static async Task<BulkLoad> OpenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        var load = new BulkLoad();
        var names = tables.ToArray();
        await using (var command = new NpgsqlCommand(
            """
            SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype
            FROM pg_constraint c
            WHERE c.connamespace = 'public'::regnamespace
              AND ((c.contype = 'f' AND (c.conrelid::regclass::text = ANY(@tables) OR c.confrelid::regclass::text = ANY(@tables)))
                OR (c.contype = 'p' AND c.conrelid::regclass::text = ANY(@tables)))
            ORDER BY c.conname
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("tables", names);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                (reader.GetChar(3) == 'f' ? load._foreignKeys : load._keys).Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        await using (var command = new NpgsqlCommand(
            """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            WHERE i.indrelid::regclass::text = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 1
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("tables", names);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) load._indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        foreach (var (table, name, _) in load._foreignKeys) await ExecuteAsync(connection, transaction, $"ALTER TABLE {table} DROP CONSTRAINT {name}", cancellationToken);
        foreach (var (name, _) in load._indexes) await ExecuteAsync(connection, transaction, $"DROP INDEX {name}", cancellationToken);
        foreach (var (table, name, _) in load._keys) await ExecuteAsync(connection, transaction, $"ALTER TABLE {table} DROP CONSTRAINT {name}", cancellationToken);
        return load;
    }

    /// <summary>Makes the keys, indexes and foreign keys again, in that order (a foreign key needs the key it points at); tells how long each took.</summary>
    public async Task CloseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Action<string, TimeSpan> made, CancellationToken cancellationToken)
    {
        var statements = _keys.Select(k => (k.Name, Sql: $"ALTER TABLE {k.Table} ADD CONSTRAINT {k.Name} {k.Definition}"))
            .Concat(_indexes.Select(i => (i.Name, Sql: i.Definition)))
            .Concat(_foreignKeys.Select(k => (k.Name, Sql: $"ALTER TABLE {k.Table} ADD CONSTRAINT {k.Name} {k.Definition}")));
        foreach (var (name, sql) in statements)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await ExecuteAsync(connection, transaction, sql, cancellationToken);
            made(name, clock.Elapsed);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
