using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerCrm.Application.ApiKeys;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.ExportPlacements;
using PartnerCrm.Application.Statistics.Files;
using PartnerCrm.Infrastructure.ApiKeys;
using PartnerCrm.Infrastructure.Exports;
using PartnerCrm.Infrastructure.Statistics;
using PartnerCrm.Infrastructure.Idempotency;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure;

public static class DependencyInjection
{
    /// <param name="apiKeyUsageFlushInterval">How often "last used" times of API keys are written.</param>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString, TimeSpan apiKeyUsageFlushInterval)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditActor>(SystemActor.Instance);
        services.AddDbContext<AppDbContext>(options => options.UsePartnerCrmNpgsql(connectionString));
        services.AddScoped<IAppDbContext>(provider => provider.GetRequiredService<AppDbContext>());
        services.AddSingleton<IApiKeyGenerator, ApiKeyGenerator>();
        services.AddSingleton<ApiKeyUsage>();
        services.AddScoped<IApiKeyAuthenticator, ApiKeyAuthenticator>();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddHostedService(provider => new ApiKeyUsageWriter(
            provider.GetRequiredService<ApiKeyUsage>(),
            provider.GetRequiredService<IServiceScopeFactory>(),
            apiKeyUsageFlushInterval,
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ApiKeyUsageWriter>>()));
        services.AddHostedService<IdempotencyRecordSweeper>();
        services.AddScoped<IStatisticsStore, StatisticsStore>();
        services.AddScoped<IPlacementExportSource, PlacementExportSource>();
        services.AddSingleton<ITableFileWriter, TableFileWriter>();
        services.AddScoped<Application.Recommendations.IRecommendationFactsSource, Recommendations.RecommendationFactsSource>();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }

    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
