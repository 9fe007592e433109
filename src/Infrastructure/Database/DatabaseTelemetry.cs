using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace PartnerCrm.Infrastructure.Database;

/// <summary>PostgreSQL's part of the API's traces and metrics; Npgsql is this layer's to name.</summary>
public static class DatabaseTelemetry
{
    /// <summary>A span per command, with the SQL text and its parameter placeholders, never their values.</summary>
    public static TracerProviderBuilder AddDatabaseCommands(this TracerProviderBuilder tracing) => tracing.AddNpgsql();

    /// <summary>The connection pool and command durations (<c>db.client.*</c>).</summary>
    public static MeterProviderBuilder AddDatabaseCommands(this MeterProviderBuilder metrics) => metrics.AddNpgsqlInstrumentation();
}
