using Npgsql;
using PartnerCrm.Domain.Companies.Imports;

namespace PartnerCrm.Infrastructure.CompanyImports;

/// <summary>
/// Writes a running import's progress on a connection of its own, committed at once: the import's transaction
/// is seen by nobody until it commits. The progress is removed when the run ends, however it ends.
/// </summary>
public sealed class ImportProgressWriter : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly Guid _importId;
    private readonly int _rowsTotal;
    private readonly TimeProvider _clock;

    private ImportProgressWriter(NpgsqlConnection connection, Guid importId, int rowsTotal, TimeProvider clock)
    {
        _connection = connection;
        _importId = importId;
        _rowsTotal = rowsTotal;
        _clock = clock;
    }

    public static async Task<ImportProgressWriter> OpenAsync(
        string connectionString, Guid importId, int rowsTotal, TimeProvider clock, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var writer = new ImportProgressWriter(connection, importId, rowsTotal, clock);
        await writer.ReportAsync(ImportPhase.Reading, 0, cancellationToken);
        return writer;
    }

    public async Task ReportAsync(ImportPhase phase, int rowsRead, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO company_import_progress (import_id, phase, rows_read, rows_total, updated_at)
            VALUES (@id, @phase, @rowsRead, @rowsTotal, @now)
            ON CONFLICT (import_id) DO UPDATE SET phase = excluded.phase, rows_read = excluded.rows_read,
                rows_total = excluded.rows_total, updated_at = excluded.updated_at
            """, _connection);
        command.Parameters.AddWithValue("id", _importId);
        command.Parameters.AddWithValue("phase", Application.Common.EnumNaming.NameOf(phase));
        command.Parameters.AddWithValue("rowsRead", rowsRead);
        command.Parameters.AddWithValue("rowsTotal", _rowsTotal);
        command.Parameters.AddWithValue("now", _clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("DELETE FROM company_import_progress WHERE import_id = @id", _connection);
            command.Parameters.AddWithValue("id", _importId);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception failure) when (failure is NpgsqlException or InvalidOperationException)
        {
            // The progress of a run that is over only shows while the job is running; a leftover row is harmless.
        }
        await _connection.DisposeAsync();
    }
}
