using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PartnerCrm.Api.Tests.Infrastructure;

namespace PartnerCrm.Api.Tests.CompanyRegister;

/// <summary>
/// A stand-in for the CVR system-to-system search on a free loopback port: it answers the recorded document
/// (<c>cvr-response.json</c>) for the CVR number it holds and no hits for others, refuses other credentials with 401,
/// and can be told to fail (500) or to hang. It keeps every request it got, so a test can read what was asked.
/// </summary>
public sealed class FakeCvrRegister : IAsyncDisposable
{
    public const string UserName = "GENTOFTE_CVR_I_SKYEN";
    public const string Password = "s3kret-adgang";

    private readonly WebApplication _app;

    private FakeCvrRegister(WebApplication app) => _app = app;

    public static string RecordedDocument => File.ReadAllText(Path.Combine(
        PartnerCrm.Infrastructure.Database.DatabaseServer.FindCheckout(AppContext.BaseDirectory),
        "tests", "Api.Tests", "CompanyRegister", "cvr-response.json"));

    public string BaseUrl { get; private set; } = "";

    /// <summary>The document it answers; a test may change it (a ceased company, a different number).</summary>
    public JsonNode Document { get; set; } = JsonNode.Parse(RecordedDocument)!;

    public Behaviour Now { get; set; } = Behaviour.Answer;

    public ConcurrentQueue<ReceivedSearch> Received { get; } = new();

    public enum Behaviour { Answer, Fail, Hang }

    public sealed record ReceivedSearch(string Path, string? Authorization, JsonNode Body);

    public static async Task<FakeCvrRegister> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeCvrRegister(app);
        app.MapPost("/cvr-permanent/virksomhed/_search", fake.SearchAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return fake;
    }

    private async Task SearchAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        var authorization = context.Request.Headers.Authorization.ToString();
        Received.Enqueue(new ReceivedSearch(context.Request.Path, authorization, body));
        switch (Now)
        {
            case Behaviour.Fail:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsync("{\"error\":\"SearchPhaseExecutionException[Failed to execute phase [query]]\",\"status\":500}");
                return;
            case Behaviour.Hang:
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
                return;
        }
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserName}:{Password}"));
        if (authorization != expected)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var asked = body["query"]?["term"]?["Vrvirksomhed.cvrNummer"]?.GetValue<long>();
        var held = Document["hits"]!["hits"]![0]!["_source"]!["Vrvirksomhed"]!["cvrNummer"]!.GetValue<long>();
        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync(asked == held
            ? Document.ToJsonString()
            : """{"took":2,"timed_out":false,"_shards":{"total":6,"successful":6,"skipped":0,"failed":0},"hits":{"total":0,"max_score":null,"hits":[]}}""");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The API with the CVR register configured: it asks <see cref="Register"/>, and gives up after two seconds.</summary>
public sealed class CvrRegisterApi : ApiFactory, IAsyncLifetime
{
    public FakeCvrRegister Register { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Register = await FakeCvrRegister.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("CompanyRegister:Cvr:BaseUrl", Register.BaseUrl);
        builder.UseSetting("CompanyRegister:Cvr:UserName", FakeCvrRegister.UserName);
        builder.UseSetting("CompanyRegister:Cvr:Password", FakeCvrRegister.Password);
        builder.UseSetting("CompanyRegister:Cvr:TimeoutSeconds", "2");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Register.DisposeAsync();
    }
}
