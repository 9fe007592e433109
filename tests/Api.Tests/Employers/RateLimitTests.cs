using System.Net;
using PartnerCrm.Api.Tests.Infrastructure;

namespace PartnerCrm.Api.Tests.Employers;

/// <summary>Its own API instance: rate limits count per instance, and these tests use them up.</summary>
public sealed class RateLimitApiFactory : ApiFactory;

public class RateLimitTests(RateLimitApiFactory api) : IClassFixture<RateLimitApiFactory>
{
    [Fact]
    public async Task The_61st_request_in_a_minute_with_one_key_answers_429_with_retry_after()
    {
        var staff = await api.ClientAsync("consultant", "Anna Jensen");
        var (_, _, employer) = await api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var (_, _, other) = await api.EmployerAsync(staff, "62761113", "Hellerup Rengøring");

        for (var i = 1; i <= 60; i++)
            Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync("/api/v1/employer/internships")).StatusCode);
        var limited = await employer.GetAsync("/api/v1/employer/internships");

        var problem = await limited.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Contains("rate limit", problem.GetProperty("detail").GetString());

        // Another key has its own allowance; staff are not limited.
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/employer/internships")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/v1/companies")).StatusCode);
    }

    [Fact]
    public async Task Calls_without_credentials_are_limited_per_client_address()
    {
        using var anonymous = api.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 125; i++) answers.Add((await anonymous.GetAsync("/api/v1/employer/company")).StatusCode);

        Assert.Contains(HttpStatusCode.TooManyRequests, answers);
        Assert.DoesNotContain(HttpStatusCode.OK, answers);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
    }
}
