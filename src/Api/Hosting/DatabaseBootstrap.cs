using PartnerCrm.Infrastructure.Database;

namespace PartnerCrm.Api.Hosting;

/// <summary>
/// Finds the database: a configured connection string wins; otherwise, in Development only, the API
/// starts a PostgreSQL server of its own and stops it when it stops.
/// </summary>
public static class DatabaseBootstrap
{
    /// <param name="stopWithHost">
    /// True when the API will run: a server it starts is stopped with the host. False for one-off
    /// commands, which stop the server themselves.
    /// </param>
    public static async Task<(string ConnectionString, DatabaseServer? StartedServer)> ResolveDatabaseAsync(
        this WebApplicationBuilder builder, bool stopWithHost)
    {
        var configured = builder.Configuration.GetConnectionString("Crm");
        if (!string.IsNullOrWhiteSpace(configured)) return (configured, null);

        if (!builder.Environment.IsDevelopment())
            throw new InvalidOperationException(
                "ConnectionStrings__Crm is not set. Outside Development PartnerCrm never starts a database of its own: " +
                "point it at your PostgreSQL server and run the 'migrate' command once per release.");

        var checkout = DatabaseServer.FindCheckout(builder.Environment.ContentRootPath);
        var clusterName = builder.Configuration.GetValue("Database:LocalCluster", "dev")!;
        var server = await DatabaseServer.StartAsync(checkout, clusterName, durable: true, CancellationToken.None);
        Console.WriteLine($"PartnerCrm: started a {server.Description}.");
        if (stopWithHost) builder.Services.AddHostedService(_ => new DatabaseServerLifetime(server));
        return (server.ConnectionString, server);
    }

    /// <summary>Stops a server this process started, and says so; stopping it again does nothing.</summary>
    public static async Task StopStartedServerAsync(DatabaseServer? server)
    {
        if (server is not null && await server.StopAsync()) Console.WriteLine("PartnerCrm: stopped the database server it had started.");
    }

    /// <summary>Stops the server this process started when the host stops (Ctrl+C, SIGTERM).</summary>
    private sealed class DatabaseServerLifetime(DatabaseServer server) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => StopStartedServerAsync(server);
    }
}
