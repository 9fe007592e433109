using Mediator;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using PartnerCrm.Api;
using PartnerCrm.Api.Endpoints;
using PartnerCrm.Api.Errors;
using PartnerCrm.Api.Hosting;
using PartnerCrm.Api.Idempotency;
using PartnerCrm.Api.OpenApi;
using PartnerCrm.Api.RateLimits;
using PartnerCrm.Api.Security;
using PartnerCrm.Application;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Recommendations;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Infrastructure;
using PartnerCrm.Infrastructure.Exports;
using PartnerCrm.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);

if (args.Contains("migrate"))
{
    // A deployment step: bring the schema up to date and exit. Needs only the connection string.
    var (target, startedServer) = await builder.ResolveDatabaseAsync(stopWithHost: false);
    builder.Services.AddInfrastructure(target, ApiKeyUsageFlushInterval(builder.Configuration));
    await using (var migrator = builder.Build())
        await migrator.Services.MigrateDatabaseAsync();
    if (startedServer is not null) await startedServer.DisposeAsync();
    Console.WriteLine("PartnerCrm: the database schema is up to date.");
    return;
}

var (connectionString, _) = await builder.ResolveDatabaseAsync(stopWithHost: true);
builder.Services.AddInfrastructure(connectionString, ApiKeyUsageFlushInterval(builder.Configuration));
builder.Services.AddApplication();
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(ApplicationAssembly)];
    options.PipelineBehaviors = [typeof(DatabaseAvailabilityBehaviour<,>), typeof(ValidationBehaviour<,>)];
});

builder.Services.ConfigureHttpJsonOptions(options => Json.Configure(options.SerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.WebHost.ConfigureKestrel(kestrel =>
    kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue<long?>("Limits:MaxRequestBodyBytes") ?? 1_048_576);
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDefaults.Fill);
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.AddPartnerCrmAuthentication(builder.Configuration);
builder.Services.AddSingleton<DevTokenIssuer>();
builder.Services.AddSingleton(builder.Configuration.GetSection(RecommendationSettings.Section).Get<RecommendationSettings>() ?? new RecommendationSettings());
builder.Services.AddSingleton(new StatisticsSettings(builder.Configuration.GetValue("Statistics:MinCellSize", 5)));
builder.Services.AddSingleton(new PseudonymKey(builder.Configuration["Exports:PseudonymKey"]
    ?? throw new InvalidOperationException("Set Exports__PseudonymKey (at least 32 characters): the secret behind export pseudonyms.")));
builder.Services.AddPartnerCrmRateLimits(builder.Configuration);
builder.Services.AddPartnerCrmOpenApi();

var app = builder.Build();

if (app.Configuration.GetValue("Database:MigrateAtStartup", false))
    await app.Services.MigrateDatabaseAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UsePartnerCrmOpenApi();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseMiddleware<IdempotencyMiddleware>();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
    .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous().DisableRateLimiting();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") })
    .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous().DisableRateLimiting();
if (app.Environment.IsDevelopment()) app.MapDevTokens();
app.MapCompanies();
app.MapPartnerships();
app.MapApiKeys();
app.MapInternships();
app.MapEmployerApi();
app.MapCandidates();
app.MapPlacements();
app.MapFollowUps();
app.MapAudit();
app.MapStatistics();
app.MapReports();

app.PrintAddressesWhenStarted();
await app.RunAsync();

static TimeSpan ApiKeyUsageFlushInterval(IConfiguration configuration) =>
    TimeSpan.FromSeconds(configuration.GetValue("ApiKeys:LastUsedFlushSeconds", 30.0));

/// <summary>The API's entry point; public so the tests can host it.</summary>
public partial class Program;
