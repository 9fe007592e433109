using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartnerCrm.Api.Security;
using PartnerCrm.Api.Tests.Infrastructure;

namespace PartnerCrm.Api.Tests.Reminders;

/// <summary>The staff directory, the digest's list of addresses: kept from the staff's own requests.</summary>
public sealed class StaffDirectoryTests : IAsyncLifetime
{
    /// <summary>Monday 2 March 2026, 09:00 in Copenhagen.</summary>
    private static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly List<DigestHost> _hosts = [];
    private string _database = "";

    public async Task InitializeAsync() => _database = await TestDatabaseServer.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        await TestDatabaseServer.DropDatabaseAsync(_database);
    }

    private async Task<DigestHost> StartAsync(DateTimeOffset at)
    {
        var host = await DigestHost.StartAsync(_database, at, smtpPort: null);
        _hosts.Add(host);
        return host;
    }

    private static async Task<string> DevTokenAsync(DigestHost host, string name, string role = "consultant", string? email = null)
    {
        var response = await host.CreateClient().PostAsJsonAsync("/api/v1/auth/dev-token", new { name, role, email });
        await response.ShouldBe(HttpStatusCode.OK);
        return (await response.ReadAsync<TokenAnswer>()).AccessToken;
    }

    /// <summary>A token as an identity provider that sends no <c>email</c> claim would issue it.</summary>
    private static string TokenWithoutEmail(DigestHost host, string subject, string name)
    {
        var settings = host.Services.GetRequiredService<AuthenticationSettings>();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["sub"] = subject, ["name"] = name, ["role"] = "consultant" },
            SigningCredentials = new SigningCredentials(settings.SecurityKey(), SecurityAlgorithms.HmacSha256),
        });
    }

    private static async Task GetCompaniesAsync(DigestHost host, string token)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await (await client.GetAsync("/api/v1/companies")).ShouldBe(HttpStatusCode.OK);
    }

    private static Task<List<(string Id, string Name, string? Email, DateOnly LastSeenOn, DateTimeOffset UpdatedAt)>> DirectoryAsync(DigestHost host) =>
        host.QueryAsync("SELECT id, name, email, last_seen_on, updated_at FROM staff_directory ORDER BY id", reader =>
        {
            var rows = new List<(string, string, string?, DateOnly, DateTimeOffset)>();
            while (reader.Read())
                rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.GetFieldValue<DateOnly>(3), reader.GetFieldValue<DateTimeOffset>(4)));
            return rows;
        });

    [Fact]
    public async Task A_staff_request_notes_the_name_and_email_claim_at_most_once_a_day_and_a_token_without_email_keeps_the_known_one()
    {
        var host = await StartAsync(MondayMorning);
        var derived = await DevTokenAsync(host, "Anna Jensen");
        var annasId = new JsonWebTokenHandler().ReadJsonWebToken(derived).Subject;
        await GetCompaniesAsync(host, derived);
        Assert.Equal([(annasId, "Anna Jensen", "anna.jensen@example.invalid", new DateOnly(2026, 3, 2), MondayMorning)], await DirectoryAsync(host));

        // The same day, even with another address, nothing is written: the first request of the day was the one.
        host.Clock.Advance(TimeSpan.FromHours(3));
        var atWork = await DevTokenAsync(host, "Anna Jensen", email: "anna.jensen@gentofte.dk");
        await GetCompaniesAsync(host, atWork);
        await GetCompaniesAsync(host, derived);
        Assert.Equal(MondayMorning, Assert.Single(await DirectoryAsync(host)).UpdatedAt);

        // A second instance on the same database writes nothing either: the upsert changes a row only when something is new.
        var second = await StartAsync(MondayMorning.AddHours(5));
        await GetCompaniesAsync(second, derived);
        Assert.Equal(MondayMorning, Assert.Single(await DirectoryAsync(host)).UpdatedAt);

        // The next day a token without an email claim moves the day and keeps the address.
        host.Clock.Advance(TimeSpan.FromDays(1));
        await GetCompaniesAsync(host, TokenWithoutEmail(host, annasId, "Anna Jensen"));
        var tuesday = host.Clock.GetUtcNow();
        Assert.Equal([(annasId, "Anna Jensen", "anna.jensen@example.invalid", new DateOnly(2026, 3, 3), tuesday)], await DirectoryAsync(host));

        // The day after, the new address is taken.
        host.Clock.Advance(TimeSpan.FromDays(1));
        await GetCompaniesAsync(host, atWork);
        var latest = Assert.Single(await DirectoryAsync(host));
        Assert.Equal(("anna.jensen@gentofte.dk", new DateOnly(2026, 3, 4)), (latest.Email, latest.LastSeenOn));
    }

    [Fact]
    public async Task Staff_of_every_role_are_noted_and_an_employer_api_key_is_not()
    {
        var host = await StartAsync(MondayMorning);
        var consultant = await host.ClientAsync("consultant", "Anna Jensen");
        await (await (await host.ClientAsync("analyst", "Ali Analytiker")).GetAsync("/api/v1/companies")).ShouldBe(HttpStatusCode.OK);
        var (_, _, employer) = await host.EmployerAsync(consultant, "13585628", "Gentofte Bageri");
        await (await employer.GetAsync("/api/v1/employer/internships")).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(
            [("Ali Analytiker", "ali.analytiker@example.invalid"), ("Anna Jensen", "anna.jensen@example.invalid")],
            (await DirectoryAsync(host)).Select(row => (row.Name, row.Email)).Order());
    }

    [Fact]
    public async Task A_development_token_carries_the_given_email_or_one_made_from_the_name_and_refuses_one_that_is_not_an_address()
    {
        var host = await StartAsync(MondayMorning);
        string Email(string token) => new JsonWebTokenHandler().ReadJsonWebToken(token).GetClaim("email").Value;

        Assert.Equal("soeren.oersted@example.invalid", Email(await DevTokenAsync(host, "Søren Ørsted")));
        Assert.Equal("jose.muller.lund@example.invalid", Email(await DevTokenAsync(host, "José Müller-Lund")));
        Assert.Equal("bo@gentofte.dk", Email(await DevTokenAsync(host, "Bo Hansen", email: "bo@gentofte.dk")));

        foreach (var email in new[] { "", "bo", "Bo <bo@gentofte.dk>", "bo @gentofte.dk", new string('b', 250) + "@x.dk" })
        {
            var problem = await (await host.CreateClient().PostAsJsonAsync("/api/v1/auth/dev-token", new { name = "Bo Hansen", role = "consultant", email }))
                .ShouldBe(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _), email);
        }
    }

    private sealed record TokenAnswer(string AccessToken);
}
