using PartnerCrm.Api.Security;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Common;
using PartnerCrm.Infrastructure;
using PartnerCrm.Infrastructure.Seeding;

namespace PartnerCrm.Api.Hosting;

/// <summary>
/// The <c>seed</c> command: reads its options, finds the database as the API does, brings the schema up to date
/// and fills it with made-up data. The consultants it invents sign in with development tokens of their names, and
/// the development consultant of the sign-in page is one of them, so the demo's worklist is theirs.
/// </summary>
public static class SeedCommand
{
    private static readonly string[] InventedConsultants =
        ["Karen Holm", "Ahmad Rahimi", "Birgitte Lund", "Jakob Friis", "Nadia Haddad", "Søren Kjær", "Helle Dam"];

    public static bool IsAsked(string[] args) => args.Length > 0 && args[0] == "seed";

    /// <returns>The exit code: 0 when seeded, 2 for bad options or a database that already holds data.</returns>
    public static async Task<int> RunAsync(WebApplicationBuilder builder, string[] args)
    {
        var options = SeedOptions.Parse(args, out var error, out var help);
        if (help)
        {
            Console.WriteLine(SeedOptions.Usage);
            return 0;
        }
        if (options is null)
        {
            Console.Error.WriteLine($"PartnerCrm seed: {error}");
            return 2;
        }

        var (connectionString, startedServer) = await builder.ResolveDatabaseAsync(stopWithHost: false);
        try
        {
            builder.Services.AddInfrastructure(connectionString, builder.Configuration);
            await using (var host = builder.Build())
                await host.Services.MigrateDatabaseAsync();
            var seeder = new Seeder(connectionString, Consultants(options), Console.Out, Console.Error, progressIsTerminal: !Console.IsErrorRedirected);
            return await seeder.RunAsync(options, TimeProvider.System.Today());
        }
        finally
        {
            await DatabaseBootstrap.StopStartedServerAsync(startedServer);
        }
    }

    /// <summary>The staff the seed's records name: the development consultant first, then invented colleagues (fewer in the demo).</summary>
    public static IReadOnlyList<StaffMember> Consultants(SeedOptions options) =>
        [.. new[] { DevelopmentUsers.NameOf[Roles.Consultant] }
            .Concat(InventedConsultants.Take(options.Demo ? 2 : InventedConsultants.Length))
            .Select(name => new StaffMember(DevTokenIssuer.StableId(name), name))];
}
