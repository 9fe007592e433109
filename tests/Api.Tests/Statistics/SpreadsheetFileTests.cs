using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Placements;
using static PartnerCrm.Api.Tests.Statistics.Spreadsheets;

namespace PartnerCrm.Api.Tests.Statistics;

/// <summary>
/// The statistics files as an analyst with Danish settings opens them: the CSV split on <c>;</c> with
/// decimal commas, the XLSX with typed cells, percentages, dates, Danish titles and a readable header.
/// </summary>
public class SpreadsheetFileTests(ApiFactory api) : ApiTest(api)
{
    private static readonly string[] DanishRetention =
        ["Ordning", "Forfaldne", "Fulgt op", "I job i samme virksomhed", "I job", "I uddannelse", "Fastholdelse", "Beskæftigelse", "Selvforsørgelse"];

    /// <summary>
    /// 12 ordinary jobs starting 5 January 2026; on 20 November 10 of their 6-month follow-ups are done:
    /// 6 at the same company, 2 at another, 1 in education (hidden: below 5), 1 unemployed.
    /// Retention 6/10, employment 8/10.
    /// </summary>
    private async Task<HttpClient> SeedRetentionAsync()
    {
        Api.Clock.StartAt(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var client = await ConsultantAsync();
        var company = await client.RegisterCompanyAsync("13585628", "Gentofte Bageri", "107100");
        var placements = new List<PlacementDto>();
        for (var i = 0; i < 12; i++)
        {
            var candidate = await client.RegisterCandidateAsync(PeopleData.Candidate($"J-{i}", $"Person {i}"));
            placements.Add(await client.MakePlacementAsync(PeopleData.Placement(candidate.Id, company.Id, "ordinaryEmployment", "2026-01-05", null)));
        }
        Api.Clock.StartAt(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        string[] outcomes = ["employedSameCompany", "employedSameCompany", "employedSameCompany", "employedSameCompany", "employedSameCompany",
            "employedSameCompany", "employedOtherCompany", "employedOtherCompany", "inEducation", "unemployed"];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var followUp = placements[i].FollowUps.Single(f => f.Milestone == Domain.Placements.Milestone.SixMonths);
            await (await client.PostAsJsonAsync($"/api/v1/follow-ups/{followUp.Id}/complete", new { outcome = outcomes[i] })).ShouldBe(HttpStatusCode.OK);
        }
        return await AnalystAsync();
    }

    private static async Task<byte[]> FileAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task A_semicolon_csv_opens_in_Danish_columns_with_decimal_commas_and_Danish_words()
    {
        var analyst = await SeedRetentionAsync();
        var response = await analyst.GetAsync("/api/v1/statistics/retention?milestone=6m&groupBy=type&format=csv&delimiter=semicolon&lang=da");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fastholdelse-6m-until-2026-11-20.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var rows = ReadCsv(await response.Content.ReadAsByteArrayAsync(), ';');

        Assert.Equal(DanishRetention, rows[0]);
        Assert.All(rows, row => Assert.Equal(DanishRetention.Length, row.Count));
        var jobs = rows.Single(r => r[0] == "Ordinær ansættelse");
        Assert.Equal(12, int.Parse(jobs[1], NumberStyles.None, Danish));
        Assert.Equal(10, int.Parse(jobs[2], NumberStyles.None, Danish));
        Assert.Matches("^0,60*$", jobs[6]);
        Assert.Equal(0.6m, decimal.Parse(jobs[6], NumberStyles.AllowDecimalPoint, Danish));
        Assert.Equal(0.8m, decimal.Parse(jobs[7], NumberStyles.AllowDecimalPoint, Danish));
        Assert.Equal("<5", jobs[5]);
        Assert.Equal("", jobs[8]);
        Assert.Equal("I alt", rows[^1][0]);

        // Programs keep the API's default: commas, a decimal point and the API's names.
        var plain = ReadCsv(await FileAsync(analyst, "/api/v1/statistics/retention?groupBy=type&format=csv"), ',');
        Assert.Equal("retentionRate", plain[0][6]);
        Assert.Matches(@"^0\.60*$", plain.Single(r => r[0] == "ordinaryEmployment")[6]);
    }

    [Fact]
    public async Task An_xlsx_table_has_Danish_titles_typed_numbers_percentages_and_a_readable_frozen_header()
    {
        var analyst = await SeedRetentionAsync();
        var book = OpenXlsx(await FileAsync(analyst, "/api/v1/statistics/retention?groupBy=type&format=xlsx&lang=da"));

        Assert.Equal(DanishRetention, book.Header);
        Assert.All(book.Rows[0], cell => Assert.False(cell.IsNumber));
        Assert.Equal("Fastholdelse 6m", book.SheetName);

        var due = book.Cell("Ordinær ansættelse", "Forfaldne");
        Assert.True(due.IsNumber, "A count is a number cell");
        Assert.Equal(12, due.Number);
        Assert.False(due.IsPercent);
        var retention = book.Cell("Ordinær ansættelse", "Fastholdelse");
        Assert.True(retention.IsNumber && retention.IsPercent, $"A rate is a number shown as a percentage ({retention})");
        Assert.Equal(0.6, retention.Number, 3);
        var hidden = book.Cell("Ordinær ansættelse", "I uddannelse");
        Assert.False(hidden.IsNumber);
        Assert.Equal("<5", hidden.Text);
        Assert.Equal(12, book.Cell("I alt", "Forfaldne").Number);

        Assert.True(book.HeaderContrast >= 4.5, $"Header contrast {book.HeaderContrast:0.0} ({book.HeaderFont} on {book.HeaderFill})");
        Assert.Equal("frozen", book.Pane?.State?.InnerText);
        Assert.Equal("A2", book.Pane?.TopLeftCell?.Value);
        Assert.Equal(1, book.Pane?.VerticalSplit?.Value);
        Assert.Equal(DanishRetention.Length, book.Widths.Count);
        Assert.All(book.Widths, width => Assert.True(width.Value >= DanishRetention[width.Key - 1].Length, $"Column {width.Key} is {width.Value} wide"));

        var english = OpenXlsx(await FileAsync(analyst, "/api/v1/statistics/retention?groupBy=type&format=xlsx&lang=en"));
        Assert.Equal("Retention", english.Header[6]);
        Assert.True(english.Cell("Ordinary employment", "Retention").IsPercent);
        var machine = OpenXlsx(await FileAsync(analyst, "/api/v1/statistics/retention?groupBy=type&format=xlsx"));
        Assert.Equal("retentionRate", machine.Header[6]);
        Assert.True(machine.Cell("ordinaryEmployment", "retentionRate").IsPercent);
    }

    [Fact]
    public async Task The_row_level_export_in_xlsx_has_date_cells_numbers_and_Danish_words()
    {
        var analyst = await SeedRetentionAsync();
        var book = OpenXlsx(await FileAsync(analyst, "/api/v1/exports/placements?format=xlsx&lang=da"));
        Assert.Equal(13, book.Rows.Count);
        Assert.Equal(["Pseudonym", "Ordning", "Startdato"], book.Header.Take(3));
        var start = book.Rows[1][2];
        Assert.True(start.IsNumber && start.IsDate, $"A date is a date cell ({start})");
        Assert.Equal(new DateTime(2026, 1, 5), DateTime.FromOADate(start.Number));
        var hours = book.Rows[1].Single(c => c.Reference.StartsWith(ColumnName(book.Header.ToList().IndexOf("Timer om ugen")), StringComparison.Ordinal));
        Assert.True(hours.IsNumber);
        Assert.Equal("Ordinær ansættelse", book.Rows[1][1].Text);
        Assert.True(book.HeaderContrast >= 4.5);
        Assert.Equal("frozen", book.Pane?.State?.InnerText);

        var csv = ReadCsv(await FileAsync(analyst, "/api/v1/exports/placements?delimiter=semicolon&lang=da"), ';');
        Assert.Equal(13, csv.Count);
        Assert.All(csv, row => Assert.Equal(csv[0].Count, row.Count));
        Assert.Equal("2026-01-05", csv[1][2]);
        Assert.Equal("Startdato", csv[0][2]);
    }

    [Fact]
    public async Task The_summary_in_xlsx_has_numbers_percentages_and_dates_not_text()
    {
        var analyst = await SeedRetentionAsync();
        var book = OpenXlsx(await FileAsync(analyst, "/api/v1/statistics/summary?from=2026-01-01&to=2026-11-20&format=xlsx&lang=da"));
        Assert.Equal(["Nøgletal", "Værdi"], book.Header);
        SheetCell Value(string figure) => book.Cell(figure, "Værdi");

        Assert.True(Value("Fra").IsNumber && Value("Fra").IsDate);
        Assert.Equal(new DateTime(2026, 1, 1), DateTime.FromOADate(Value("Fra").Number));
        Assert.True(Value("Forløb i år").IsNumber);
        Assert.Equal(12, Value("Forløb i år").Number);
        Assert.True(Value("Fastholdelse efter 6 måneder").IsPercent);
        Assert.Equal(0.6, Value("Fastholdelse efter 6 måneder").Number, 3);
        Assert.All(book.Rows.Skip(1).Where(r => r.Count == 2).Select(r => r[1]), cell => Assert.True(cell.IsNumber || cell.Text.StartsWith('<'), $"{cell} is a number or a hidden count"));
        Assert.True(book.HeaderContrast >= 4.5);
        Assert.Equal("frozen", book.Pane?.State?.InnerText);
        Assert.True(book.Widths[1] >= "Dage fra ankomst til første forløb (median)".Length);

        var csv = ReadCsv(await FileAsync(analyst, "/api/v1/statistics/summary?format=csv&delimiter=semicolon"), ';');
        Assert.Matches("^0,60*$", csv.Single(r => r[0] == "sixMonthRetention")[1]);
    }

    [Theory]
    [InlineData("/api/v1/statistics/placements?format=csv&delimiter=tab")]
    [InlineData("/api/v1/statistics/retention?delimiter=semi")]
    [InlineData("/api/v1/statistics/conversion?lang=de")]
    [InlineData("/api/v1/statistics/referrals?lang=da-DK")]
    [InlineData("/api/v1/statistics/summary?delimiter=%3B")]
    [InlineData("/api/v1/exports/placements?lang=sv")]
    public async Task A_delimiter_or_language_that_is_not_offered_answers_400(string url) =>
        await (await (await AnalystAsync()).GetAsync(url)).ShouldBe(HttpStatusCode.BadRequest);
}
