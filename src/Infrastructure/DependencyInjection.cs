using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerCrm.Application.ApiKeys;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.ExportPlacements;
using PartnerCrm.Application.Statistics.Files;
using PartnerCrm.Infrastructure.ApiKeys;
using PartnerCrm.Infrastructure.CompanyRegister;
using PartnerCrm.Infrastructure.Database;
using PartnerCrm.Infrastructure.Exports;
using PartnerCrm.Infrastructure.Statistics;
using PartnerCrm.Infrastructure.Idempotency;
using PartnerCrm.Infrastructure.Persistence;
using PartnerCrm.Infrastructure.Mail;
using PartnerCrm.Infrastructure.Reminders;
using PartnerCrm.Application.Reminders;

namespace PartnerCrm.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// The database and what works with it. Settings read: <c>Statistics:MinCellSize</c> and <c>Statistics:MaxCells</c>
    /// (<see cref="StatisticsSettings"/>), <c>ApiKeys:LastUsedFlushSeconds</c> (how often
    /// "last used" times of API keys are written), those of <see cref="RemindersSetup.AddReminders"/>, and
    /// <c>Exports:PseudonymKey</c> (needed by the export only, so the <c>migrate</c> command runs without it;
    /// <see cref="EnsureInfrastructureSettings"/> checks it when the API starts), those of <see cref="CompanyRegisterSetup.AddCompanyRegister"/>, <c>ConnectionStrings:CrmReadOnly</c>
    /// (where the figures are read from; <paramref name="connectionString"/> when it is not set), and
    /// <c>CompanyImports:PollSeconds</c> (how often an instance looks for company imports to run).
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString, IConfiguration configuration)
    {
        var apiKeyUsageFlushInterval = TimeSpan.FromSeconds(configuration.GetValue("ApiKeys:LastUsedFlushSeconds", 30.0));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditActor>(SystemActor.Instance);
        // The options are made once, not for every request: they hold nothing that belongs to a request.
        services.AddDbContext<AppDbContext>(options => options.UsePartnerCrmNpgsql(connectionString), optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<IAppDbContext>(provider => provider.GetRequiredService<AppDbContext>());
        var readOnlyConnectionString = configuration.GetConnectionString("CrmReadOnly");
        services.AddSingleton(_ => new ReadOnlyDatabase(string.IsNullOrWhiteSpace(readOnlyConnectionString) ? connectionString : readOnlyConnectionString));
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
        services.AddReminders(configuration);
        services.AddScoped<Application.Staff.IStaffNames, Staff.StaffNames>();
        services.AddSingleton(new StatisticsSettings(
            configuration.GetValue("Statistics:MinCellSize", 5), configuration.GetValue("Statistics:MaxCells", TableSize.DefaultMaxCells)));
        services.AddScoped<IStatisticsStore, StatisticsStore>();
        services.AddSingleton(_ => new PseudonymKey(configuration["Exports:PseudonymKey"]
            ?? throw new InvalidOperationException("Set Exports__PseudonymKey (at least 32 characters): the secret behind export pseudonyms.")));
        services.AddScoped<IPlacementExportSource, PlacementExportSource>();
        services.AddSingleton<Application.Referrals.ICandidateAliases, CandidateAliases>();
        services.AddSingleton<ITableFileWriter, TableFileWriter>();
        services.AddScoped<Application.Recommendations.IRecommendationFactsSource, Recommendations.RecommendationFactsSource>();
        services.AddSingleton(new CompanyImports.CompanyImportSettings(TimeSpan.FromSeconds(configuration.GetValue("CompanyImports:PollSeconds", 1.0))));
        services.AddHostedService<CompanyImports.CompanyImportWorker>();
        services.AddCompanyRegister(configuration);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>Fails at startup, not at the first export, when a setting the API needs is missing.</summary>
    public static void EnsureInfrastructureSettings(this IServiceProvider services)
    {
        services.GetRequiredService<PseudonymKey>();
        services.GetRequiredService<ReadOnlyDatabase>();
        services.GetRequiredService<ReminderSettings>();
        services.GetRequiredService<SmtpSettings>();
        services.GetRequiredService<CvrRegisterSettings>();
    }

    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
