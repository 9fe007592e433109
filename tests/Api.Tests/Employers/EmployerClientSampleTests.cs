using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Internships;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Infrastructure.Database;

namespace PartnerCrm.Api.Tests.Employers;

/// <summary>
/// The OpenAPI document is usable by an employer's developer, not only readable: samples/EmployerClient
/// has a client generated from it by NSwag, and here it runs against the API.
/// </summary>
public class EmployerClientSampleTests(ApiFactory api) : ApiTest(api)
{
    private static readonly string Sample = Path.Combine(DatabaseServer.FindCheckout(AppContext.BaseDirectory), "samples", "EmployerClient");

    [Fact]
    public async Task The_clients_copy_of_the_openapi_document_is_the_live_document()
    {
        var document = await Api.CreateClient().GetStringAsync("/openapi/v1.json");
        var copyPath = Path.Combine(Sample, "openapi.json");
        if (Environment.GetEnvironmentVariable("PARTNERCRM_REFRESH_OPENAPI") == "1") await File.WriteAllTextAsync(copyPath, document);
        var copy = JsonNode.Parse(await File.ReadAllTextAsync(copyPath));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(document), copy),
            "samples/EmployerClient/openapi.json is out of date. Refresh it with: PARTNERCRM_REFRESH_OPENAPI=1 dotnet test " +
            "--filter FullyQualifiedName~EmployerClientSampleTests");
    }

    [Fact]
    public async Task The_generated_client_posts_an_offer_lists_its_referrals_changes_and_closes_it()
    {
        var staff = await ConsultantAsync();
        var (company, key, _) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var baseUrl = Api.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority);

        var (exitCode, output) = await RunSampleAsync(baseUrl, key.Key);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Signed in as Gentofte Bageri", output);
        Assert.Contains("has 0 referred candidate(s)", output);
        var offers = (await (await staff.GetAsync($"/api/v1/internships?companyId={company.Id}")).ReadAsync<Page<InternshipDto>>()).Items;
        var offer = Assert.Single(offers);
        Assert.Equal((InternshipStatus.Closed, 3, 30, DanishLevel.DU2), (offer.Status, offer.Slots, offer.HoursPerWeek, offer.DanishLevel));
    }

    [Fact]
    public async Task The_generated_client_reports_a_refused_key()
    {
        var (exitCode, output) = await RunSampleAsync(Api.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority), "pcrm_AAAAAAAAAA_" + new string('A', 40));
        Assert.Equal(1, exitCode);
        Assert.Contains("PartnerCrm answered 401", output);
    }

    private static async Task<(int ExitCode, string Output)> RunSampleAsync(string baseUrl, string apiKey)
    {
        var info = new ProcessStartInfo("dotnet", ["run", "--project", Sample, "--", baseUrl, apiKey])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
