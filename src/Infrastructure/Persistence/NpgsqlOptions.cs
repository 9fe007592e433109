using Microsoft.EntityFrameworkCore;

namespace PartnerCrm.Infrastructure.Persistence;

public static class NpgsqlOptions
{
    public static TBuilder UsePartnerCrmNpgsql<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
        return options;
    }
}
