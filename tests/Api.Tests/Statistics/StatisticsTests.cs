using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Audit;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Tests.Statistics;

public class StatisticsTests(ApiFactory api) : ApiTest(api)
{
    /// <summary>15 placements at two companies: 6 IGU, 7 internships, 2 wage subsidy (one candidate each).</summary>
    private async Task<HttpClient> SeedAsync()
    {
        Api.Clock.StartAt(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var client = await ConsultantAsync();
        var bakery = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri", "107100");
        var shop = await client.RegisterCompanyAsync("62761113", "=HYPERLINK(\"x\") Butik", "471100");
        var plan = new[] { ("igu", 6, bakery.Id), ("internship", 7, shop.Id), ("wageSubsidy", 2, shop.Id) };
        var n = 0;
        foreach (var (type, count, companyId) in plan)
            for (var i = 0; i < count; i++)
            {
                var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate($"J-{++n}", $"Person {n}"));
                var (start, end) = type switch
                {
                    "igu" => ("2026-02-02", (string?)null),
                    "internship" => ("2026-05-04", "2026-07-31"),
                    _ => ("2026-08-03", "2026-12-31"),
                };
                await client.MakePlacementAsync(PeopleData.Placement(candidate.Id, companyId, type, start, end));
            }
        return await AnalystAsync();
    }

    [Fact]
    public async Task Placements_by_type_match_the_hand_count_with_small_cells_hidden()
    {
        var analyst = await SeedAsync();
        var response = await analyst.GetAsync("/api/v1/statistics/placements?groupBy=type&from=2026-01-01&to=2026-12-31");
        var body = await response.ShouldBe(HttpStatusCode.OK);

        var rows = body.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("group").GetProperty("type").GetString()!);
        Assert.Equal(7, rows["internship"].GetProperty("placements").GetInt32());
        Assert.Equal(7, rows["internship"].GetProperty("candidates").GetInt32());
        // 2 is below 5; the next smallest (6) is hidden too, or 2 = 15 − 7 − 6.
        Assert.Equal(JsonValueKind.Null, rows["wageSubsidy"].GetProperty("placements").ValueKind);
        Assert.True(rows["wageSubsidy"].GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rows["igu"].GetProperty("placements").ValueKind);
        Assert.Equal(15, body.GetProperty("total").GetProperty("placements").GetInt32());
        Assert.Equal(5, body.GetProperty("minCellSize").GetInt32());
    }

    [Fact]
    public async Task Industry_groups_carry_the_division_name_and_periods_filter_by_start_date()
    {
        var analyst = await SeedAsync();
        var body = await (await analyst.GetAsync("/api/v1/statistics/placements?groupBy=industry")).ShouldBe(HttpStatusCode.OK);
        var retail = body.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("group").GetProperty("industry").GetString() == "47");
        Assert.Equal("Retail trade", retail.GetProperty("group").GetProperty("industryName").GetString());
        Assert.Equal(9, retail.GetProperty("placements").GetInt32());

        var spring = await (await analyst.GetAsync("/api/v1/statistics/placements?from=2026-05-01&to=2026-05-31")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(7, spring.GetProperty("total").GetProperty("placements").GetInt32());
    }

    [Fact]
    public async Task Two_dimensions_come_with_margins_and_nothing_hidden_can_be_recovered()
    {
        var analyst = await SeedAsync();
        var body = await (await analyst.GetAsync("/api/v1/statistics/placements?groupBy=type,quarter")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(["type", "quarter"], body.GetProperty("groupBy").EnumerateArray().Select(g => g.GetString()));
        Assert.True(body.GetProperty("margins").TryGetProperty("type", out _));
        Assert.True(body.GetProperty("margins").TryGetProperty("quarter", out _));
        // Every combination is a row, so a missing row never says "0" by itself: 3 types × 3 quarters.
        Assert.Equal(9, body.GetProperty("rows").GetArrayLength());
    }

    [Theory]
    [InlineData("groupBy=colour")]
    [InlineData("groupBy=type,gender,month")]
    [InlineData("groupBy=type,type")]
    [InlineData("format=pdf")]
    [InlineData("from=2026-12-31&to=2026-01-01")]
    public async Task Bad_parameters_answer_400(string query) =>
        await (await (await AnalystAsync()).GetAsync($"/api/v1/statistics/placements?{query}")).ShouldBe(HttpStatusCode.BadRequest);

    [Fact]
    public async Task A_table_that_could_pass_the_cell_limit_is_refused_before_anything_is_counted()
    {
        var analyst = await SeedAsync();
        // 249 countries × the months from the first placement (February 2026): up to September 2032 that is 80 months,
        // 19,920 cells; up to October 2032, 81 months and 20,169 cells, over the 20,000 a table may have.
        var justUnder = await analyst.GetAsync("/api/v1/statistics/placements?groupBy=countryOfOrigin,month&to=2032-09-30");
        Assert.Equal(HttpStatusCode.OK, justUnder.StatusCode);

        var over = await analyst.GetAsync("/api/v1/statistics/retention?groupBy=countryOfOrigin,month&to=2032-10-31");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        using var problem = JsonDocument.Parse(await over.Content.ReadAsStringAsync());
        Assert.Equal("tableTooLarge", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("20,169", problem.RootElement.GetProperty("detail").GetString());

        var shorter = await analyst.GetAsync("/api/v1/statistics/retention?groupBy=countryOfOrigin,year&to=2032-10-31");
        Assert.Equal(HttpStatusCode.OK, shorter.StatusCode);
    }

    [Fact]
    public async Task Csv_has_a_bom_a_header_the_threshold_for_hidden_counts_and_no_formulas()
    {
        var analyst = await SeedAsync();
        var response = await analyst.GetAsync("/api/v1/statistics/placements?groupBy=company&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("company,companyName,placements,candidates", lines[0]);
        Assert.Contains(lines, line => line.Contains("'=HYPERLINK"));
        Assert.DoesNotContain(lines, line => line.Contains(",=HYPERLINK") || line.StartsWith("=", StringComparison.Ordinal));
        Assert.EndsWith("Total,15,15", lines[^1]);

        var byType = Encoding.UTF8.GetString(await (await analyst.GetAsync("/api/v1/statistics/placements?groupBy=type&format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("wageSubsidy,<5,<5", byType);
    }

    [Fact]
    public async Task Xlsx_is_a_workbook_with_the_figures()
    {
        var analyst = await SeedAsync();
        var response = await analyst.GetAsync("/api/v1/statistics/placements?groupBy=type&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
        var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("<5", xml.Replace("&lt;", "<"));
        Assert.Contains("internship", xml + string.Concat(zip.Entries.Where(e => e.FullName.Contains("sharedStrings")).Select(e => new StreamReader(e.Open()).ReadToEnd())));
    }

    [Fact]
    public async Task The_row_level_export_is_pseudonymous_and_audited()
    {
        var analyst = await SeedAsync();
        var response = await analyst.GetAsync("/api/v1/exports/placements?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(16, lines.Length);
        Assert.StartsWith("candidate,type,startDate", lines[0]);
        Assert.DoesNotContain("Person ", text);
        Assert.DoesNotContain("J-1", text);
        Assert.DoesNotContain("Vil gerne", text);
        Assert.Equal(15, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());
        Assert.All(lines.Skip(1), l => Assert.Matches("^P[0-9A-F]{16},", l));

        var again = Encoding.UTF8.GetString(await (await analyst.GetAsync("/api/v1/exports/placements")).Content.ReadAsByteArrayAsync());
        Assert.Equal(text, again.TrimStart('\uFEFF'));
        var xlsx = await analyst.GetAsync("/api/v1/exports/placements?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");

        var trail = await (await (await AdminAsync()).GetAsync("/api/v1/audit?action=export")).ReadAsync<Page<AuditEntryDto>>();
        Assert.Equal(3, trail.Items.Count(e => e.Entity == "placement"));
    }

    [Fact]
    public async Task The_row_level_export_takes_the_period_of_every_statistics_route()
    {
        var analyst = await SeedAsync();
        async Task<string[]> RowsAsync(string query) =>
            Encoding.UTF8.GetString(await (await analyst.GetAsync($"/api/v1/exports/placements?{query}")).Content.ReadAsByteArrayAsync())
                .TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();

        Assert.Equal(15, (await RowsAsync("")).Length);
        var spring = await RowsAsync("from=2026-05-01&to=2026-05-31");
        Assert.Equal(7, spring.Length);
        Assert.All(spring, row => Assert.Contains(",internship,2026-05-04,", row));
        Assert.Equal(8, (await RowsAsync("to=2026-05-03")).Length + (await RowsAsync("from=2026-08-01")).Length);
        Assert.Empty(await RowsAsync("from=2027-01-01"));

        var problem = await (await analyst.GetAsync("/api/v1/exports/placements?from=2026-06-01&to=2026-05-01")).ShouldBe(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("to", out _));
        var trail = await (await (await AdminAsync()).GetAsync("/api/v1/audit?action=export")).ReadAsync<Page<AuditEntryDto>>();
        Assert.Equal(5, trail.Items.Count(e => e.Entity == "placement"));
    }

    [Fact]
    public async Task Consultants_read_statistics_but_only_analysts_and_admins_export_rows()
    {
        await SeedAsync();
        var consultant = await ConsultantAsync();
        await (await consultant.GetAsync("/api/v1/statistics/placements")).ShouldBe(HttpStatusCode.OK);
        await (await consultant.GetAsync("/api/v1/exports/placements")).ShouldBe(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await (await AdminAsync()).GetAsync("/api/v1/exports/placements")).StatusCode);
        await (await (await AnalystAsync()).GetAsync("/api/v1/exports/placements?format=pdf")).ShouldBe(HttpStatusCode.BadRequest);
    }
}
