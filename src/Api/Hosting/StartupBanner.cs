using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PartnerCrm.Api.Hosting;

public static class StartupBanner
{
    /// <summary>Tells a developer where to point the browser once the server listens.</summary>
    public static void PrintAddressesWhenStarted(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
                Console.WriteLine($"PartnerCrm API listening on {address} — Swagger UI: {address}/swagger, OpenAPI: {address}/openapi/v1.json");
        });
    }
}
