using System.Net;
using System.Net.Http.Json;
using System.Text;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;

namespace PartnerCrm.Api.Tests.Platform;

public class ErrorHandlingTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Malformed_json_answers_400_and_stores_nothing()
    {
        var client = await ConsultantAsync();
        var problem = await (await client.PostAsync("/api/v1/companies",
            new StringContent("""{ "cvr": "13585628", "name": """, Encoding.UTF8, "application/json"))).ShouldBe(HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("title").GetString());
        Assert.Empty((await (await client.GetAsync("/api/v1/companies")).ReadAsync<Page<CompanyDto>>()).Items);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_answers_400_naming_the_field()
    {
        var client = await ConsultantAsync();
        var problem = await (await client.PostAsync("/api/v1/companies",
            new StringContent("""{ "cvr": "13585628", "name": "X", "employeeCount": "many" }""", Encoding.UTF8, "application/json")))
            .ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("employeeCount", out _));
    }

    [Fact]
    public async Task Enum_values_are_words_not_numbers()
    {
        var client = await ConsultantAsync();
        var problem = await (await client.PostAsync("/api/v1/companies",
            new StringContent("""{ "cvr": "13585628", "name": "X", "sector": 1 }""", Encoding.UTF8, "application/json")))
            .ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("sector", out _));
    }

    [Theory]
    [InlineData("text/plain", "cvr=13585628")]
    [InlineData("application/x-www-form-urlencoded", "cvr=13585628&name=X")]
    [InlineData("application/xml", "<company><cvr>13585628</cvr></company>")]
    public async Task A_body_that_is_not_json_answers_415(string contentType, string body)
    {
        var client = await ConsultantAsync();
        await (await client.PostAsync("/api/v1/companies", new StringContent(body, Encoding.UTF8, contentType)))
            .ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413()
    {
        var client = await ConsultantAsync();
        var huge = $$"""{ "cvr": "13585628", "name": "{{new string('x', 1_100_000)}}" }""";
        await (await client.PostAsync("/api/v1/companies", new StringContent(huge, Encoding.UTF8, "application/json")))
            .ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_method_the_route_does_not_have_answers_405_as_problem_json()
    {
        var client = await ConsultantAsync();
        await (await client.PatchAsync("/api/v1/companies", JsonContent.Create(new { }))).ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task A_route_that_does_not_exist_answers_404_as_problem_json()
    {
        var client = await ConsultantAsync();
        await (await client.GetAsync("/api/v1/nothing-here")).ShouldBe(HttpStatusCode.NotFound);
    }
}

/// <summary>The API in front of a database that goes away and comes back.</summary>
public sealed class DatabaseOutageApiFactory : ApiFactory
{
    private TcpProxy? _proxy;

    public TcpProxy Proxy => _proxy!;

    protected override string DatabaseConnectionString
    {
        get
        {
            var direct = new NpgsqlConnectionStringBuilder(ConnectionString);
            _proxy ??= new TcpProxy(direct.Host!, direct.Port);
            direct.Host = "127.0.0.1";
            direct.Port = _proxy.Port;
            direct.Timeout = 3;
            return direct.ConnectionString;
        }
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
    }
}

public class DatabaseOutageTests(DatabaseOutageApiFactory api) : IClassFixture<DatabaseOutageApiFactory>
{
    [Fact]
    public async Task While_the_database_is_away_requests_answer_503_with_retry_after_and_the_api_recovers_by_itself()
    {
        var client = await api.ClientAsync("consultant", "Anna Jensen");
        await (await client.GetAsync("/api/v1/companies")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        api.Proxy.Cut();
        try
        {
            var response = await client.GetAsync("/api/v1/companies");
            var problem = await response.ShouldBe(HttpStatusCode.ServiceUnavailable);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Contains("database", problem.GetProperty("title").GetString());
            await (await client.PostAsJsonAsync("/api/v1/companies", TestData.Company("13585628", "Gentofte Bageri")))
                .ShouldBe(HttpStatusCode.ServiceUnavailable);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            api.Proxy.Restore();
        }

        var recovered = await RetryUntilAsync(() => client.GetAsync("/api/v1/companies"), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        await (await client.PostAsJsonAsync("/api/v1/companies", TestData.Company("13585628", "Gentofte Bageri")))
            .ShouldBe(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    private static async Task<HttpResponseMessage> RetryUntilAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode wanted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await send();
            if (response.StatusCode == wanted || DateTime.UtcNow > deadline) return response;
            await Task.Delay(200);
        }
    }
}
