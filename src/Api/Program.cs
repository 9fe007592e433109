using Mediator;
using Microsoft.AspNetCore.Connections;
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
using PartnerCrm.Infrastructure;
using PartnerCrm.Infrastructure.Persistence;
using PartnerCrm.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
if (SeedCommand.IsAsked(args)) return await SeedCommand.RunAsync(builder, args);

// The database is found first; a server this process starts is stopped when it stops, however it stops.
var (connectionString, startedServer) = await builder.ResolveDatabaseAsync(stopWithHost: !args.Contains("migrate"));
try
{
    builder.Services.AddInfrastructure(connectionString, builder.Configuration);

    if (args.Contains("migrate"))
    {
        // A deployment step: bring the schema up to date and exit. Needs only the connection string.
        await using (var migrator = builder.Build())
            await migrator.Services.MigrateDatabaseAsync();
        Console.WriteLine("PartnerCrm: the database schema is up to date.");
        return 0;
    }

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
    // A port that is taken is told in one line below, not as a logged stack trace.
    builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
    builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDefaults.Fill);
    builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
    builder.Services.AddPartnerCrmAuthentication(builder.Configuration, builder.Environment);
    builder.Services.AddPartnerCrmWeb();
    builder.Services.AddSingleton<DevTokenIssuer>();
    builder.Services.AddSingleton(builder.Configuration.GetSection(RecommendationSettings.Section).Get<RecommendationSettings>() ?? new RecommendationSettings());
    builder.Services.AddPartnerCrmRateLimits(builder.Configuration);
    builder.Services.AddPartnerCrmOpenApi();
    builder.AddProductionDefaults();
    builder.AddPartnerCrmTelemetry();

    var app = builder.Build();
    app.Services.EnsureInfrastructureSettings();

    if (app.Configuration.GetValue("Database:MigrateAtStartup", false))
        await app.Services.MigrateDatabaseAsync();

    app.UseRequestLogging();
    app.UseWhen(Doors.IsApi, api => api.UseJsonAnswers());
    app.UseProductionDefaults();
    // Errors: the API answers problem+json (its exception handler takes API requests first); the web app
    // shows a Danish page in place of the one that failed or was refused.
    app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/fejl", CreateScopeForErrors = true });
    app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
    app.UseWhen(Doors.IsApi, api => api.UseApiStatusCodes());
    app.UseWhen(Doors.IsWeb, web => web.UseRequestLocalization());
    app.UseAuthentication();
    app.UseStaffDirectoryUpdates();
    app.UseOpenApiAccess();
    app.UsePartnerCrmOpenApi();
    app.UseRateLimiter();
    app.UseRateLimitHeaders();
    app.UseWhen(Doors.IsApi, api => api.UseUtf8JsonBodies());
    app.UseAuthorization();
    app.UseAntiforgery();
    app.UseMiddleware<IdempotencyMiddleware>();

    app.MapHealthEndpoints();
    if (app.Environment.IsDevelopment()) app.MapDevTokens();
    app.MapCompanyImports();
    app.MapCompanies();
    app.MapPartnerships();
    app.MapApiKeys();
    app.MapInternships();
    app.MapEmployerApi();
    app.MapCandidates();
    app.MapPlacements();
    app.MapFollowUps();
    app.MapWorklist();
    app.MapReferrals();
    app.MapAudit();
    app.MapStatistics();
    app.MapReports();
    app.MapWebSignIn();
    app.MapPartnerCrmWeb();

    app.PrintAddressesWhenStarted();
    await app.RunAsync();
    return 0;
}
catch (IOException e) when (e.InnerException is AddressInUseException)
{
    Console.Error.WriteLine(
        $"PartnerCrm: {e.Message.TrimEnd('.')}. Another program uses that port; stop it, or choose another port with --urls, " +
        "e.g. dotnet run --project src/Api --urls http://localhost:5081");
    return 1;
}
finally
{
    await DatabaseBootstrap.StopStartedServerAsync(startedServer);
}

/// <summary>The API's entry point; public so the tests can host it.</summary>
public partial class Program;
