using System.Net;
using System.Net.Http.Json;
using System.Text;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.ApiKeys;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Tests.Employers;

public class ApiKeysTests(ApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Issuing_a_key_answers_201_with_the_key_shown_once()
    {
        var staff = await ConsultantAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");

        var response = await staff.PostAsJsonAsync($"/api/v1/companies/{company.Id}/api-keys", new { name = "Bageriets HR-system" });

        await response.ShouldBe(HttpStatusCode.Created);
        var issued = await response.ReadAsync<IssuedApiKeyDto>();
        Assert.StartsWith("pcrm_", issued.Key);
        Assert.True(issued.Key.Length >= 50, "A key is long");
        Assert.StartsWith(issued.Prefix, issued.Key);
        Assert.Equal(company.Id, issued.CompanyId);

        var listed = await (await staff.GetAsync($"/api/v1/companies/{company.Id}/api-keys")).ShouldBe(HttpStatusCode.OK);
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(issued.Prefix, item.GetProperty("prefix").GetString());
        Assert.False(item.TryGetProperty("key", out _));
        Assert.DoesNotContain(issued.Key, listed.ToString());
        var single = await (await staff.GetAsync(response.Headers.Location)).ShouldBe(HttpStatusCode.OK);
        Assert.DoesNotContain(issued.Key, single.ToString());
    }

    [Fact]
    public async Task Only_a_hash_of_the_key_is_stored()
    {
        var staff = await ConsultantAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var issued = await staff.IssueKeyAsync(company.Id);

        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var row = new NpgsqlCommand("SELECT row_to_json(k)::text, hash FROM api_keys k", connection);
        await using var reader = await row.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var stored = reader.GetString(0);
        var hash = (byte[])reader[1];
        Assert.DoesNotContain(issued.Key, stored);
        Assert.DoesNotContain(issued.Key[issued.Prefix.Length..], stored);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(issued.Key)), hash);
    }

    [Fact]
    public async Task A_key_works_until_it_is_revoked_and_fails_on_the_very_next_request()
    {
        var staff = await ConsultantAsync();
        var (company, key, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        await (await employer.GetAsync("/api/v1/employer/company")).ShouldBe(HttpStatusCode.OK);
        // "Last used" is written in the background and moves the key's version; wait for it, so the revocation below
        // does not race that write (a revocation that loses the race answers 409, which a client repeats).
        for (var wait = 0; wait < 50; wait++)
        {
            var read = await (await staff.GetAsync($"/api/v1/companies/{company.Id}/api-keys/{key.Id}")).ReadAsync<ApiKeyDto>();
            if (read.LastUsedAt is not null) break;
            await Task.Delay(100);
        }

        await (await staff.DeleteAsync($"/api/v1/companies/{company.Id}/api-keys/{key.Id}")).ShouldBe(HttpStatusCode.NoContent);

        var refused = await employer.GetAsync("/api/v1/employer/company");
        await refused.ShouldBe(HttpStatusCode.Unauthorized);
        Assert.Equal("ApiKey", refused.Headers.WwwAuthenticate.Single().Scheme);
        var listed = await (await staff.GetAsync($"/api/v1/companies/{company.Id}/api-keys")).ReadAsync<Page<ApiKeyDto>>();
        Assert.NotNull(Assert.Single(listed.Items).RevokedAt);
        await (await staff.DeleteAsync($"/api/v1/companies/{company.Id}/api-keys/{key.Id}")).ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Last_used_is_kept_without_a_write_per_request()
    {
        var staff = await ConsultantAsync();
        var (company, key, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        async Task<DateTimeOffset?> LastUsedAsync() =>
            (await (await staff.GetAsync($"/api/v1/companies/{company.Id}/api-keys/{key.Id}")).ReadAsync<ApiKeyDto>()).LastUsedAt;
        Assert.Null(await LastUsedAsync());

        for (var i = 0; i < 5; i++) await (await employer.GetAsync("/api/v1/employer/internships")).ShouldBe(HttpStatusCode.OK);

        DateTimeOffset? lastUsed = null;
        for (var wait = 0; wait < 50 && lastUsed is null; wait++)
        {
            await Task.Delay(100);
            lastUsed = await LastUsedAsync();
        }
        Assert.NotNull(lastUsed);
    }

    [Theory]
    [InlineData("pcrm_")]
    [InlineData("not-a-key")]
    [InlineData("pcrm_AAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Unknown_or_malformed_keys_answer_401(string key) =>
        await (await Api.EmployerClient(key).GetAsync("/api/v1/employer/company")).ShouldBe(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_key_with_one_character_changed_is_refused()
    {
        var staff = await ConsultantAsync();
        var (_, key, _) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var last = key.Key[^1];
        var tampered = key.Key[..^1] + (last == 'A' ? 'B' : 'A');
        await (await Api.EmployerClient(tampered).GetAsync("/api/v1/employer/company")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Analysts_do_not_manage_keys_and_unknown_companies_or_keys_answer_404()
    {
        var staff = await ConsultantAsync();
        var company = await staff.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var analyst = await AnalystAsync();
        await (await analyst.PostAsJsonAsync($"/api/v1/companies/{company.Id}/api-keys", new { name = "x" })).ShouldBe(HttpStatusCode.Forbidden);
        await (await analyst.GetAsync($"/api/v1/companies/{company.Id}/api-keys")).ShouldBe(HttpStatusCode.Forbidden);

        await (await staff.PostAsJsonAsync($"/api/v1/companies/{Guid.NewGuid()}/api-keys", new { name = "x" })).ShouldBe(HttpStatusCode.NotFound);
        await (await staff.DeleteAsync($"/api/v1/companies/{company.Id}/api-keys/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound);
        var problem = await (await staff.PostAsJsonAsync($"/api/v1/companies/{company.Id}/api-keys", new { name = "" })).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));

        var admin = await AdminAsync();
        await (await admin.PostAsJsonAsync($"/api/v1/companies/{company.Id}/api-keys", new { name = "admin-issued" })).ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_key_of_one_company_cannot_revoke_through_another_company()
    {
        var staff = await ConsultantAsync();
        var (_, key, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var other = await staff.RegisterCompanyAsync("62761113", "Hellerup Rengøring");
        await (await staff.DeleteAsync($"/api/v1/companies/{other.Id}/api-keys/{key.Id}")).ShouldBe(HttpStatusCode.NotFound);
        await (await employer.GetAsync("/api/v1/employer/company")).ShouldBe(HttpStatusCode.OK);
    }
}
