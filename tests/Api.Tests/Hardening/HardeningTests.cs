using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>
/// The findings of a hostile and a careless client, each reproduced: far dates, control characters,
/// odd charsets, empty bodies, the server's own rejections, lost races, and what every answer carries.
/// </summary>
public class HardeningTests(ApiFactory api) : ApiTest(api)
{
    private static StringContent Json(string json, string contentType = "application/json") =>
        new(json, Encoding.UTF8, new System.Net.Http.Headers.MediaTypeHeaderValue(contentType.Split(';')[0]))
        {
            Headers = { ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType) },
        };

    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1899-12-31T23:59:59Z")]
    [InlineData("2101-01-01T00:00:00Z")]
    public async Task An_activity_far_in_the_past_or_future_is_refused_naming_the_field(string occurredAt)
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var problem = await (await client.PostAsJsonAsync($"/api/v1/companies/{company.Id}/activities",
            new { kind = "call", occurredAt, summary = "Ringede" })).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("occurredAt", out _));
        await (await (await AnalystAsync()).GetAsync("/api/v1/recommendations/partnerships")).ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("0001-01-01", "startDate")]
    [InlineData("9999-12-31", "startDate")]
    [InlineData("1899-12-31", "startDate")]
    public async Task A_placement_far_in_the_past_or_future_is_refused_naming_the_field(string startDate, string field)
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate());
        var problem = await (await client.PostAsJsonAsync("/api/v1/placements",
            PeopleData.Placement(candidate.Id, company.Id, "ordinaryEmployment", startDate))).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        foreach (var route in new[] { "/api/v1/statistics/placements?groupBy=quarter", "/api/v1/statistics/summary", "/api/v1/reports/committee" })
            Assert.Equal(HttpStatusCode.OK, (await (await AnalystAsync()).GetAsync(route)).StatusCode);
    }

    [Theory]
    [InlineData("placements", "start_date", "'-infinity'")]
    [InlineData("placements", "start_date", "'0001-01-01'")]
    [InlineData("activities", "occurred_at", "'10000-01-01 00:00:00+00'")]
    [InlineData("activities", "occurred_at", "'infinity'")]
    public async Task The_database_refuses_a_date_out_of_range_from_any_writer(string table, string column, string value)
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate());
        await client.MakePlacementAsync(PeopleData.Placement(candidate.Id, company.Id, "ordinaryEmployment", "2026-03-02"));
        await client.PostAsJsonAsync($"/api/v1/companies/{company.Id}/activities", new { kind = "call", occurredAt = "2026-03-02T10:00:00Z", summary = "Ringede" });

        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand($"UPDATE {table} SET {column} = {value}", connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
        Assert.Equal($"ck_{table}_{column}_range", refused.ConstraintName);
    }

    [Fact]
    public async Task Every_date_and_timestamp_column_is_held_to_the_date_range()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var columns = new NpgsqlCommand("""
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            WHERE c.table_schema = 'public' AND c.data_type IN ('date', 'timestamp with time zone')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
                              WHERE t.relname = c.table_name AND k.contype = 'c' AND k.conname = 'ck_' || c.table_name || '_' || c.column_name || '_range')
            """, connection);
        var unguarded = new List<string>();
        await using (var reader = await columns.ExecuteReaderAsync())
            while (await reader.ReadAsync()) unguarded.Add($"{reader.GetString(0)}.{reader.GetString(1)}");
        Assert.Empty(unguarded);
        Assert.Equal(new DateOnly(2103, 3, 31), DateRange.LatestWorkedOut);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("cvr")]
    [InlineData("website")]
    public async Task A_nul_or_control_character_in_a_company_field_answers_400_naming_it(string field)
    {
        var client = await ConsultantAsync();
        var body = new Dictionary<string, object?> { ["cvr"] = "13585628", ["name"] = "Gentofte Bageri", ["website"] = "https://bageri.dk" };
        body[field] = body[field] + "\u0000x";
        var problem = await (await client.PostAsJsonAsync("/api/v1/companies", body)).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        body[field] = ((string)body[field]!).Replace("\u0000", "\u001b");
        await (await client.PostAsJsonAsync("/api/v1/companies", body)).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/v1/companies?search=%00")]
    [InlineData("/api/v1/companies?search=a%01b")]
    [InlineData("/api/v1/candidates?search=%00")]
    [InlineData("/api/v1/follow-ups?consultantId=%00")]
    [InlineData("/api/v1/audit?actor=%00")]
    [InlineData("/api/v1/statistics/placements?groupBy=%00")]
    [InlineData("/api/v1/companies?cursor=%00")]
    public async Task A_nul_in_a_search_filter_answers_400(string route) =>
        await (await (await AdminAsync()).GetAsync(route)).ShouldBe(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Multi_line_text_keeps_its_line_breaks_but_not_other_control_characters()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        await (await client.PostAsJsonAsync($"/api/v1/companies/{company.Id}/activities",
            new { kind = "note", occurredAt = "2026-03-02T10:00:00Z", summary = "Første linje\r\nAnden linje\tmed tab" })).ShouldBe(HttpStatusCode.Created);
        var problem = await (await client.PostAsJsonAsync($"/api/v1/companies/{company.Id}/activities",
            new { kind = "note", occurredAt = "2026-03-02T10:00:00Z", summary = "Bip\u0007" })).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("summary", out _));
        // A lone surrogate, written as JSON's escape, as a careless client may send it.
        await (await client.PostAsync($"/api/v1/companies/{company.Id}/activities",
            Json("""{ "kind": "note", "occurredAt": "2026-03-02T10:00:00Z", "summary": "Halvt tegn \ud800" }"""))).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_employer_api_refuses_a_nul_in_an_offer()
    {
        var staff = await ConsultantAsync();
        var (_, _, employer) = await Api.EmployerAsync(staff, "13585628", "Gentofte Bageri");
        var problem = await (await employer.PostAsJsonAsync("/api/v1/employer/internships", EmployerData.Offer(title: "Lager\u0000medarbejder")))
            .ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _));
    }

    [Theory]
    [InlineData("application/json; charset=foo")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_json_body_in_another_charset_answers_415(string contentType)
    {
        var client = await ConsultantAsync();
        var response = await client.PostAsync("/api/v1/companies", Json("""{ "cvr": "13585628", "name": "Gentofte Bageri" }""", contentType));
        await response.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/companies")).StatusCode);
        await (await client.PostAsync("/api/v1/companies", Json("""{ "cvr": "13585628", "name": "Gentofte Bageri" }""", "application/json; charset=UTF-8")))
            .ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Utf8_named_in_any_spelling_is_read_and_an_accept_without_json_still_gets_a_problem_body()
    {
        var client = await ConsultantAsync();
        await (await client.PostAsync("/api/v1/companies", Json("""{ "cvr": "13585628", "name": "Gentofte Bageri" }""", "application/json; charset=\"utf-8\"")))
            .ShouldBe(HttpStatusCode.Created);
        foreach (var accept in new[] { "application/xml", "text/csv", "image/png" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/companies/{Guid.NewGuid()}");
            request.Headers.Accept.ParseAdd(accept);
            await (await client.SendAsync(request)).ShouldBe(HttpStatusCode.NotFound);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task An_empty_body_answers_400_in_the_projects_words(string body)
    {
        var client = await ConsultantAsync();
        var problem = await (await client.PostAsync("/api/v1/companies", Json(body))).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _), problem.ToString());
        Assert.DoesNotContain("Implicit", problem.ToString());
        Assert.DoesNotContain("parameter", problem.ToString());
    }

    [Theory]
    [InlineData("GET /api/v1/companies/%00 HTTP/1.1", "400")]
    [InlineData("GET /api/v1/companies HTTP/1.1\r\nX-Broken header without a colon", "400")]
    [InlineData("GET /api/v1/companies HTTP/1.1\r\nX-Big: BIG", "431")]
    public async Task The_servers_own_rejections_carry_a_problem_body(string request, string status)
    {
        var raw = request.Replace("BIG", new string('a', 40_000)) + "\r\nHost: localhost\r\n\r\n";
        var answer = await SendRawAsync(raw);
        Assert.StartsWith($"HTTP/1.1 {status} ", answer);
        Assert.Contains("Content-Type: application/problem+json", answer);
        var body = System.Text.Json.JsonDocument.Parse(answer[(answer.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]).RootElement;
        Assert.Equal(int.Parse(status), body.GetProperty("status").GetInt32());
        foreach (var member in new[] { "type", "title", "detail", "traceId" })
            Assert.False(string.IsNullOrEmpty(body.GetProperty(member).GetString()));
    }

    [Fact]
    public async Task An_answer_before_a_rejection_on_the_same_connection_passes_untouched()
    {
        var answer = await SendRawAsync("GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\nGET /api/v1/companies/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200 OK", answer);
        Assert.Contains("Healthy", answer);
        Assert.Contains("HTTP/1.1 400 Bad Request", answer);
        Assert.EndsWith("}", answer);
    }

    private async Task<string> SendRawAsync(string request)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, Api.ClientOptions.BaseAddress.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_lost_race_answers_409_not_412()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        await using var first = Api.Services.CreateAsyncScope();
        await using var second = Api.Services.CreateAsyncScope();
        var one = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var other = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var mine = await one.Companies.FindAsync(company.Id);
        var theirs = await other.Companies.FindAsync(company.Id);
        mine!.Revise(mine.Cvr, new CompanyDetails("Først", null, Sector.Private, null, null, null));
        theirs!.Revise(theirs.Cvr, new CompanyDetails("Sidst", null, Sector.Private, null, null, null));
        await one.SaveChangesAsync();
        var lost = await Assert.ThrowsAsync<PartnerCrm.Application.Common.ConflictException>(() => other.SaveChangesAsync());
        Assert.Contains("same moment", lost.Message);

        // Over HTTP: no If-Match means no precondition, so whatever happens it is never 412.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.PutAsJsonAsync($"/api/v1/companies/{company.Id}",
            TestData.Company("13585628", $"Gentofte Bageri {i}"))));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_no_server_header()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        foreach (var route in new[] { "/api/v1/companies", $"/api/v1/companies/{company.Id}", "/api/v1/no-such-route", "/health/live" })
        {
            var response = await client.GetAsync(route);
            Assert.False(response.Headers.Contains("Server"), route);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.True(response.Headers.CacheControl?.NoStore, route);
        }
    }

    [Fact]
    public async Task Api_answers_say_their_rate_limit_and_what_is_left()
    {
        var client = await ConsultantAsync();
        var first = await client.GetAsync("/api/v1/companies");
        var second = await client.GetAsync("/api/v1/companies");
        Assert.Equal("600", first.Headers.GetValues("X-RateLimit-Limit").Single());
        Assert.Equal(
            int.Parse(first.Headers.GetValues("X-RateLimit-Remaining").Single()) - 1,
            int.Parse(second.Headers.GetValues("X-RateLimit-Remaining").Single()));
        Assert.True((await Api.CreateClient().GetAsync("/api/v1/companies")).Headers.Contains("X-RateLimit-Remaining"));

        // Every answer of a documented route says it, refusals included: the OpenAPI document declares them all.
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri");
        var analyst = await AnalystAsync();
        var answers = new Dictionary<HttpStatusCode, HttpResponseMessage>
        {
            [HttpStatusCode.Created] = await client.PostAsJsonAsync("/api/v1/companies", TestData.Company("62761113", "Hellerup Rengøring")),
            [HttpStatusCode.BadRequest] = await client.GetAsync("/api/v1/companies?limit=0"),
            [HttpStatusCode.Unauthorized] = await Api.CreateClient().GetAsync("/api/v1/candidates"),
            [HttpStatusCode.Forbidden] = await analyst.GetAsync("/api/v1/candidates"),
            [HttpStatusCode.NotFound] = await client.GetAsync($"/api/v1/companies/{Guid.NewGuid()}"),
            [HttpStatusCode.Conflict] = await client.PostAsJsonAsync("/api/v1/companies", TestData.Company("13585628", "Igen")),
            [HttpStatusCode.UnsupportedMediaType] = await client.PostAsync("/api/v1/companies", Json("{}", "application/json; charset=foo")),
            [HttpStatusCode.UnprocessableEntity] = await client.PutAsJsonAsync($"/api/v1/companies/{company.Id}", TestData.Company("62761113", "Anden CVR")),
        };
        foreach (var (status, response) in answers)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.True(response.Headers.Contains("X-RateLimit-Limit") && response.Headers.Contains("X-RateLimit-Remaining"), $"{(int)status} says no rate limit");
        }
    }

    [Fact]
    public async Task The_html_report_may_run_no_script_and_the_markdown_report_escapes_what_users_wrote()
    {
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "<script>alert(1)</script> | *Bageri*");
        for (var i = 0; i < 3; i++)
        {
            var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate($"J-{i}", $"Person {i}"));
            await client.MakePlacementAsync(PeopleData.Placement(candidate.Id, company.Id, "ordinaryEmployment", "2026-03-02"));
        }
        var analyst = await AnalystAsync();
        Assert.Contains("formalize", await analyst.GetStringAsync("/api/v1/recommendations/partnerships"));

        var html = await analyst.GetAsync("/api/v1/reports/committee");
        var policy = html.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.DoesNotContain("<script>", await html.Content.ReadAsStringAsync());

        var markdown = await analyst.GetStringAsync("/api/v1/reports/committee?format=markdown");
        Assert.DoesNotContain("<script>", markdown);
        Assert.Contains("&lt;script&gt;", markdown);
        Assert.Contains("\\| \\*Bageri\\*", markdown);
    }
}
