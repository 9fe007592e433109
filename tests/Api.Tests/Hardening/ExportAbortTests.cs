using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Statistics.ExportPlacements;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>The API with an export whose rows stop coming after a while, as when the database goes away mid-stream.</summary>
public sealed class BrokenExportApiFactory : ApiFactory
{
    public const int RowsBeforeFailure = 5_000;

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Scoped<IPlacementExportSource, FailingSource>()));

    private sealed class FailingSource : IPlacementExportSource
    {
        public IReadOnlyList<string> Header { get; } = ["candidate", "type"];

        public async IAsyncEnumerable<object?[]> ReadAsync(DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var i = 0; i < RowsBeforeFailure; i++)
            {
                if (i % 1000 == 0) await Task.Yield();
                yield return [$"P{i:D16}", "internship"];
            }
            throw new InvalidOperationException("The rows stopped coming.");
        }
    }
}

public class ExportAbortTests(BrokenExportApiFactory api) : IClassFixture<BrokenExportApiFactory>
{
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task An_export_that_fails_after_it_started_is_aborted_never_a_complete_looking_answer(string format)
    {
        var analyst = await api.ClientAsync("analyst", "Ali Analytiker");
        using var response = await analyst.GetAsync($"/api/v1/exports/placements?format={format}", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var body = new MemoryStream();
        var failure = await Record.ExceptionAsync(() => response.Content.CopyToAsync(body));

        Assert.True(failure is HttpRequestException or IOException, $"The answer ended as if complete after {body.Length} bytes");
    }
}
