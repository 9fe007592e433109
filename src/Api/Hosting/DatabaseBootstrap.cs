using PartnerCrm.Infrastructure.Database;

namespace PartnerCrm.Api.Hosting;

/// <summary>
/// Finds the database: a configured connection string wins; otherwise, in Development only, the API
/// starts a PostgreSQL server of its own and stops it when it stops.
/// </summary>
public static class DatabaseBootstrap
{
    public static async Task<string> ResolveDatabaseAsync(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("Crm");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;

        if (!builder.Environment.IsDevelopment())
            throw new InvalidOperationException(
                "ConnectionStrings__Crm is not set. Outside Development PartnerCrm never starts a database of its own: " +
                "point it at your PostgreSQL server and run the 'migrate' command once per release.");

        var checkout = DatabaseServer.FindCheckout(builder.Environment.ContentRootPath);
        var server = await DatabaseServer.StartAsync(checkout, "dev", durable: true, CancellationToken.None);
        Console.WriteLine($"PartnerCrm: started a {server.Description}.");
        builder.Services.AddHostedService(_ => new DatabaseServerLifetime(server));
        return server.ConnectionString;
    }

    /// <summary>Stops the server this process started when the host stops (Ctrl+C, SIGTERM).</summary>
    private sealed class DatabaseServerLifetime(DatabaseServer server) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            await server.DisposeAsync();
            Console.WriteLine("PartnerCrm: stopped the database server it had started.");
        }
    }
}
