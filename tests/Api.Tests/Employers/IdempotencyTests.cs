using System.Net;
using System.Net.Http.Json;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Internships;

namespace PartnerCrm.Api.Tests.Employers;

public class IdempotencyTests(ApiFactory api) : ApiTest(api)
{
    private static HttpRequestMessage Post(object offer, string idempotencyKey, string url = "/api/v1/employer/internships")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(offer) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    private static async Task<int> OfferCountAsync(HttpClient employer) =>
        (await (await employer.GetAsync("/api/v1/employer/internships?limit=200")).ReadAsync<Page<InternshipDto>>()).Items.Count;

    [Fact]
    public async Task A_retried_post_with_the_same_key_and_body_creates_exactly_one_offer()
    {
        var staff = await ConsultantAsync();
        var (_, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");

        var first = await employer.SendAsync(Post(EmployerData.Offer(), "retry-1"));
        var retry = await employer.SendAsync(Post(EmployerData.Offer(), "retry-1"));

        await first.ShouldBe(HttpStatusCode.Created);
        await retry.ShouldBe(HttpStatusCode.Created);
        Assert.Equal((await first.ReadAsync<InternshipDto>()).Id, (await retry.ReadAsync<InternshipDto>()).Id);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await OfferCountAsync(employer));
    }

    [Fact]
    public async Task The_same_key_with_another_body_answers_422_and_creates_nothing()
    {
        var staff = await ConsultantAsync();
        var (_, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        await (await employer.SendAsync(Post(EmployerData.Offer("Lager"), "key-2"))).ShouldBe(HttpStatusCode.Created);

        var problem = await (await employer.SendAsync(Post(EmployerData.Offer("Kontor"), "key-2"))).ShouldBe(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("idempotencyKeyReused", problem.GetProperty("code").GetString());
        Assert.Equal(1, await OfferCountAsync(employer));
    }

    [Fact]
    public async Task A_retry_while_the_first_request_is_still_running_answers_409()
    {
        var staff = await ConsultantAsync();
        var (_, key, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");

        // Hold the lock the first request holds while it runs.
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(@id, 0))", connection, transaction))
        {
            hold.Parameters.AddWithValue("id", $"ApiKey:{key.Id}\nbusy-key");
            await hold.ExecuteNonQueryAsync();
        }

        var problem = await (await employer.SendAsync(Post(EmployerData.Offer(), "busy-key"))).ShouldBe(HttpStatusCode.Conflict);
        Assert.Contains("still being processed", problem.GetProperty("detail").GetString());

        await transaction.RollbackAsync();
        await (await employer.SendAsync(Post(EmployerData.Offer(), "busy-key"))).ShouldBe(HttpStatusCode.Created);
        Assert.Equal(1, await OfferCountAsync(employer));
    }

    [Fact]
    public async Task Simultaneous_retries_create_one_offer()
    {
        var staff = await ConsultantAsync();
        var (_, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => employer.SendAsync(Post(EmployerData.Offer(), "burst"))));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var ids = new HashSet<Guid>();
        foreach (var created in answers.Where(a => a.StatusCode == HttpStatusCode.Created)) ids.Add((await created.ReadAsync<InternshipDto>()).Id);
        Assert.Single(ids);
        Assert.Equal(1, await OfferCountAsync(employer));
    }

    [Fact]
    public async Task Keys_belong_to_their_holder_and_expire_after_24_hours()
    {
        var staff = await ConsultantAsync();
        var (_, _, bakery) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var (_, _, cleaner) = await Api.EmployerAsync(staff, "62761113", "Hellerup Rengøring");

        var bakeryOffer = await (await bakery.SendAsync(Post(EmployerData.Offer(), "shared-key"))).ReadAsync<InternshipDto>();
        var cleanerOffer = await (await cleaner.SendAsync(Post(EmployerData.Offer(), "shared-key"))).ReadAsync<InternshipDto>();
        Assert.NotEqual(bakeryOffer.Id, cleanerOffer.Id);

        Api.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(bakeryOffer.Id, (await (await bakery.SendAsync(Post(EmployerData.Offer(), "shared-key"))).ReadAsync<InternshipDto>()).Id);
        Api.Clock.Advance(TimeSpan.FromHours(2));
        var afterExpiry = await bakery.SendAsync(Post(EmployerData.Offer("A new offer"), "shared-key"));
        await afterExpiry.ShouldBe(HttpStatusCode.Created);
        Assert.NotEqual(bakeryOffer.Id, (await afterExpiry.ReadAsync<InternshipDto>()).Id);
    }

    [Fact]
    public async Task A_failed_request_is_not_remembered()
    {
        var staff = await ConsultantAsync();
        var (_, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer(externalReference: "HR-1"));

        await (await employer.SendAsync(Post(EmployerData.Offer(externalReference: "HR-1"), "after-conflict"))).ShouldBe(HttpStatusCode.Conflict);
        await (await employer.SendAsync(Post(EmployerData.Offer(externalReference: "HR-2"), "after-conflict"))).ShouldBe(HttpStatusCode.Created);
        Assert.Equal(2, await OfferCountAsync(employer));
    }

    [Fact]
    public async Task Staff_posts_honour_the_key_too_and_a_bad_key_answers_400()
    {
        var staff = await ConsultantAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var body = new
        {
            companyId = company.Id, title = "Køkkenhjælp", city = "Hellerup", postalCode = "2900",
            startDate = "2027-03-01", durationWeeks = 13, hoursPerWeek = 30, slots = 1,
        };
        var first = await (await staff.SendAsync(Post(body, "staff-1", "/api/v1/internships"))).ReadAsync<InternshipDto>();
        var again = await (await staff.SendAsync(Post(body, "staff-1", "/api/v1/internships"))).ReadAsync<InternshipDto>();
        Assert.Equal(first.Id, again.Id);

        var tooLong = await (await staff.SendAsync(Post(body, new string('k', 256), "/api/v1/internships"))).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("Idempotency-Key", out _), tooLong.ToString());
    }
}
