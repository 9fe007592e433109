using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PartnerCrm.Infrastructure.Persistence;

public static class NpgsqlOptions
{
    public static TBuilder UsePartnerCrmNpgsql<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(Tuned(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
        return options;
    }

    /// <summary>
    /// The connection settings the API is fast with, unless the connection string says otherwise. Statements
    /// sent often are prepared on the server (<c>Max Auto Prepare</c>), so PostgreSQL plans them once per
    /// connection. A connection going back to the pool is not reset with <c>DISCARD ALL</c> (<c>No Reset On
    /// Close</c>), which would cost a round trip and throw the prepared statements away: the API keeps no state
    /// in a session (no session-wide <c>SET</c>, temporary table or <c>LISTEN</c>); what it sets, it sets for one
    /// transaction (<c>SET LOCAL</c>). <paramref name="prepare"/> false leaves statements unprepared: the
    /// statistics and the export run few, heavy queries, and a prepared one may get a generic plan, made
    /// without knowing its period, that reads a million placements through an index (six times slower).
    /// </summary>
    public static string Tuned(string connectionString, bool prepare = true)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Says(params string[] keywords) => keywords.Any(given.ContainsKey);
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Says("No Reset On Close", "NoResetOnClose")) tuned.NoResetOnClose = true;
        if (!Says("Max Auto Prepare", "MaxAutoPrepare")) tuned.MaxAutoPrepare = prepare ? 64 : 0;
        return tuned.ConnectionString;
    }
}
