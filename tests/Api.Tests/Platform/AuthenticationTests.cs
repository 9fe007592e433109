using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartnerCrm.Api.Tests.Infrastructure;

namespace PartnerCrm.Api.Tests.Platform;

public class AuthenticationTests(ApiFactory api) : ApiTest(api)
{
    private const string DevelopmentKey = "development-only-signing-key-not-for-production-0123456789";

    private static string Token(
        string role = "consultant",
        string issuer = "partnercrm",
        string audience = "partnercrm",
        string key = DevelopmentKey,
        DateTime? expires = null,
        bool withRole = true,
        bool withSubject = true,
        bool withName = true)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>();
        if (withSubject) claims["sub"] = "tester";
        if (withName) claims["name"] = "Test Person";
        if (withRole) claims["role"] = role;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (expires ?? now.AddHours(1)).AddHours(-2),
            NotBefore = (expires ?? now.AddHours(1)).AddHours(-2),
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }

    private async Task<HttpResponseMessage> GetCompaniesWith(string? token)
    {
        var client = Api.CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/v1/companies");
    }

    [Fact]
    public async Task A_valid_token_is_accepted() =>
        await (await GetCompaniesWith(Token())).ShouldBe(HttpStatusCode.OK);

    [Fact]
    public async Task No_token_answers_401_with_a_bearer_challenge()
    {
        var response = await GetCompaniesWith(null);
        await response.ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_answers_401() =>
        await (await GetCompaniesWith(Token(key: "another-key-that-is-long-enough-for-hmac-sha256!!"))).ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task An_expired_token_answers_401() =>
        await (await GetCompaniesWith(Token(expires: DateTime.UtcNow.AddMinutes(-5)))).ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_for_another_issuer_answers_401() =>
        await (await GetCompaniesWith(Token(issuer: "someone-else"))).ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_for_another_audience_answers_401() =>
        await (await GetCompaniesWith(Token(audience: "another-api"))).ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_token_that_is_not_a_jwt_answers_401() =>
        await (await GetCompaniesWith("not-a-token")).ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task An_unsigned_token_answers_401()
    {
        var unsigned = new JsonWebTokenHandler().CreateToken(
            """{ "sub": "x", "role": "admin", "iss": "partnercrm", "aud": "partnercrm", "exp": 4102444800 }""");
        await (await GetCompaniesWith(unsigned)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(false, "consultant")]
    [InlineData(true, "employer")]
    [InlineData(true, "Consultant")]
    public async Task A_signed_token_without_a_known_role_answers_401(bool withRole, string role) =>
        await (await GetCompaniesWith(Token(role: role, withRole: withRole))).ShouldBe(HttpStatusCode.Unauthorized);

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task A_signed_token_that_names_nobody_answers_401_and_writes_nothing(bool withSubject, bool withName)
    {
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", Token(withSubject: withSubject, withName: withName));
        await (await client.PostAsJsonAsync("/api/v1/companies", TestData.Company("13585628", "Gentofte Bageri"))).ShouldBe(HttpStatusCode.Unauthorized);
        await (await GetCompaniesWith(Token(withSubject: withSubject, withName: withName))).ShouldBe(HttpStatusCode.Unauthorized);
        var companies = await (await ConsultantAsync()).GetAsync("/api/v1/companies");
        Assert.Equal(0, (await companies.JsonAsync()).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("consultant")]
    [InlineData("analyst")]
    [InlineData("admin")]
    public async Task The_dev_token_route_issues_a_token_for_each_role(string role)
    {
        var response = await Api.CreateClient().PostAsJsonAsync("/api/v1/auth/dev-token", new { name = "Anna Jensen", role });
        await response.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        var token = new JsonWebToken(body.GetProperty("accessToken").GetString());
        Assert.Equal(role, token.GetClaim("role").Value);
        Assert.Equal("Anna Jensen", token.GetClaim("name").Value);
        Assert.True(body.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(7));
    }

    [Theory]
    [InlineData("Anna Jensen", "superuser", "role")]
    [InlineData("", "consultant", "name")]
    public async Task The_dev_token_route_refuses_unknown_roles_and_empty_names(string name, string role, string field)
    {
        var problem = await (await Api.CreateClient().PostAsJsonAsync("/api/v1/auth/dev-token", new { name, role }))
            .ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }
}

/// <summary>The API as it runs in production: a signing key from configuration, no development routes.</summary>
public sealed class ProductionApiFactory : ApiFactory
{
    public const string SigningKey = "a-production-signing-key-from-a-secret-store-0123";

    protected override string Environment => "Production";

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Authentication:SigningKey", SigningKey);
        builder.UseSetting("Exports:PseudonymKey", "a-production-pseudonym-key-from-a-secret-store");
    }
}

/// <summary>Tokens as the production identity provider would sign them, with <see cref="ProductionApiFactory.SigningKey"/>.</summary>
public static class ProductionTokens
{
    public static string Signed(string key, string role = "analyst") => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "partnercrm",
        Audience = "partnercrm",
        Expires = DateTime.UtcNow.AddHours(1),
        Claims = new Dictionary<string, object> { ["sub"] = "x", ["name"] = "X", ["role"] = role },
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
    });

    public static string Analyst() => Signed(ProductionApiFactory.SigningKey);
}

public class ProductionTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    [Fact]
    public async Task The_dev_token_route_does_not_exist_outside_development()
    {
        var response = await api.CreateClient().PostAsJsonAsync("/api/v1/auth/dev-token", new { name = "Anna Jensen", role = "admin" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Tokens_signed_with_the_configured_key_work_and_the_development_key_does_not()
    {
        static string Signed(string key) => ProductionTokens.Signed(key);

        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Signed(ProductionApiFactory.SigningKey));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/companies")).StatusCode);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Signed("development-only-signing-key-not-for-production-0123456789"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/companies")).StatusCode);
    }

    [Fact]
    public async Task Errors_never_show_exception_details_in_production()
    {
        var response = await api.CreateClient().GetAsync("/api/v1/companies");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Exception", body);
    }
}
