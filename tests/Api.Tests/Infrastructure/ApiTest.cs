using System.Net.Http.Json;
using System.Text.Json;
using PartnerCrm.Api;

namespace PartnerCrm.Api.Tests.Infrastructure;

/// <summary>Base for API tests: the class shares one API and database; every test starts with empty tables.</summary>
public abstract class ApiTest(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    protected ApiFactory Api { get; } = api;

    public virtual Task InitializeAsync() => Api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected Task<HttpClient> ConsultantAsync(string name = "Anna Jensen") => Api.ClientAsync("consultant", name);

    protected Task<HttpClient> AnalystAsync() => Api.ClientAsync("analyst", "Ali Analytiker");

    protected Task<HttpClient> AdminAsync() => Api.ClientAsync("admin", "Ada Admin");

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Json.Configure(options);
        return options;
    }
}

public static class HttpAssertions
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(ApiTest.JsonOptions))!;

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Asserts the status and, for errors, that the body is problem+json with a traceId.</summary>
    public static async Task<JsonElement> ShouldBe(this HttpResponseMessage response, System.Net.HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        if ((int)status >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
            foreach (var member in new[] { "type", "title", "detail" })
                Assert.False(string.IsNullOrEmpty(problem.GetProperty(member).GetString()), $"The problem has no {member}: {body}");
            Assert.DoesNotContain("   at ", body);
            return problem;
        }
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }
}
