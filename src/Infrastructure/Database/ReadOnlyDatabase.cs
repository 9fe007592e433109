using Npgsql;

namespace PartnerCrm.Infrastructure.Database;

/// <summary>
/// Where the statistics, the row-level export, the recommendations and the committee report read from:
/// <c>ConnectionStrings:CrmReadOnly</c> when it is set (typically a standby, or several hosts with
/// <c>Target Session Attributes=prefer-standby</c>, which falls back to the primary while no standby
/// answers), else the primary of <c>ConnectionStrings:Crm</c>. Heavy counting then leaves the primary to
/// the consultants' work. A standby may lag, so these figures may miss the last moments of writes.
/// Every session it opens is read-only, on a standby and on the primary alike, so nothing written
/// (such as the audit entry of an export) can land here: writes go through <c>AppDbContext</c>.
/// </summary>
public sealed class ReadOnlyDatabase : IAsyncDisposable
{
    /// <summary>Read-only sessions, without JIT compilation: on the short scans of the figures it costs more than it saves.</summary>
    private const string ReadOnlySessions = "-c default_transaction_read_only=on -c jit=off";

    private readonly NpgsqlDataSource _dataSource;

    public ReadOnlyDatabase(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(Persistence.NpgsqlOptions.Tuned(connectionString, prepare: false));
        builder.ConnectionStringBuilder.Options = string.IsNullOrWhiteSpace(builder.ConnectionStringBuilder.Options)
            ? ReadOnlySessions
            : $"{builder.ConnectionStringBuilder.Options} {ReadOnlySessions}";
        // A connection string with several hosts gives a multi-host data source, which honours Target Session Attributes.
        _dataSource = builder.Build();
    }

    /// <summary>An open connection of its own; the caller disposes it, which returns it to the pool.</summary>
    public ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        _dataSource.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
