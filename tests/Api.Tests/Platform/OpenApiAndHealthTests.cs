using System.Net;
using System.Text.Json;
using PartnerCrm.Api.Tests.Infrastructure;

namespace PartnerCrm.Api.Tests.Platform;

public class OpenApiAndHealthTests(ApiFactory api) : ApiTest(api)
{
    public static TheoryData<string, string> ContractRoutes() => new()
    {
        { "post", "/api/v1/auth/dev-token" },
        { "post", "/api/v1/companies" },
        { "get", "/api/v1/companies" },
        { "get", "/api/v1/companies/{id}" },
        { "put", "/api/v1/companies/{id}" },
        { "post", "/api/v1/companies/{id}/contacts" },
        { "get", "/api/v1/companies/{id}/contacts" },
        { "put", "/api/v1/companies/{id}/contacts/{contactId}" },
        { "delete", "/api/v1/companies/{id}/contacts/{contactId}" },
        { "post", "/api/v1/companies/{id}/activities" },
        { "get", "/api/v1/companies/{id}/activities" },
        { "get", "/api/v1/companies/{id}/workplaces" },
        { "post", "/api/v1/companies/{id}/workplaces" },
        { "get", "/api/v1/employer/workplaces" },
        { "post", "/api/v1/partnerships" },
        { "get", "/api/v1/partnerships" },
        { "get", "/api/v1/partnerships/{id}" },
        { "put", "/api/v1/partnerships/{id}" },
        { "post", "/api/v1/partnerships/{id}/status" },
    };

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await Api.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    [Theory]
    [MemberData(nameof(ContractRoutes))]
    public async Task Every_route_of_the_contract_is_documented_with_a_summary(string method, string path)
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.Contains(operation.GetProperty("responses").EnumerateObject(), response => response.Name.StartsWith('2'));
    }

    [Fact]
    public async Task Protected_routes_name_the_bearer_scheme_and_it_is_defined()
    {
        var document = await DocumentAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());

        var register = document.GetProperty("paths").GetProperty("/api/v1/companies").GetProperty("post");
        Assert.Contains(register.GetProperty("security").EnumerateArray(), requirement => requirement.TryGetProperty("Bearer", out _));
        Assert.False(document.GetProperty("paths").GetProperty("/api/v1/auth/dev-token").GetProperty("post").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Request_and_response_bodies_have_schemas_and_enums_are_strings()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var statuses = schemas.GetProperty("PartnershipStatus");
        Assert.Equal("string", statuses.GetProperty("type").GetString());
        Assert.Equal(["prospect", "negotiating", "active", "paused", "ended"], statuses.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["private", "public"], schemas.GetProperty("Sector").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));

        var companyProperties = schemas.GetProperty("CompanyDto").GetProperty("properties");
        foreach (var field in new[] { "id", "cvr", "name", "industryCode", "sector", "address", "website", "employeeCount", "hasActivePartnership", "createdAt", "updatedAt" })
            Assert.True(companyProperties.TryGetProperty(field, out _), $"CompanyDto.{field} is not documented");
        Assert.False(companyProperties.TryGetProperty("version", out _));

        var registerBody = document.GetProperty("paths").GetProperty("/api/v1/companies").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var reference = registerBody.TryGetProperty("$ref", out var direct) ? direct : registerBody.GetProperty("allOf")[0].GetProperty("$ref");
        Assert.Equal("#/components/schemas/CompanyInput", reference.GetString());
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        var response = await Api.CreateClient().GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_endpoints_answer_without_a_token()
    {
        var client = Api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}

public class EmployerOpenApiTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Employer_routes_use_the_api_key_scheme_and_carry_an_example_offer()
    {
        var document = await (await Api.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"),
            (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));

        var paths = document.GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/api/v1/employer/company", "get"), ("/api/v1/employer/internships", "get"), ("/api/v1/employer/internships", "post"),
            ("/api/v1/employer/internships/{id}", "get"), ("/api/v1/employer/internships/{id}", "put"), ("/api/v1/employer/internships/{id}/close", "post"),
        })
        {
            var security = paths.GetProperty(path).GetProperty(method).GetProperty("security");
            Assert.True(security.EnumerateArray().Single().TryGetProperty("ApiKey", out _), $"{method} {path}");
        }

        var post = paths.GetProperty("/api/v1/employer/internships").GetProperty("post");
        var example = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal("DU2", example.GetProperty("danishLevel").GetString());
        Assert.Contains(post.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
        Assert.True(post.GetProperty("responses").TryGetProperty("429", out _));
        Assert.Equal("EmployerPost", post.GetProperty("operationId").GetString());
    }
}
