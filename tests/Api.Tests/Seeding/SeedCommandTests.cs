using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Partnerships;
using PartnerCrm.Domain.Placements;
using PartnerCrm.Domain.Referrals;
using PartnerCrm.Infrastructure.Seeding;
using static PartnerCrm.Api.Tests.Seeding.SeededDatabase;

namespace PartnerCrm.Api.Tests.Seeding;

/// <summary>
/// The <c>seed</c> command's data holds every rule the application holds (the Domain's own rule code judges it),
/// is the same for the same seed and day, refuses a database with data unless appending, and serves the API.
/// </summary>
public sealed class SeedCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private string Db => seeded.ConnectionString;

    [Fact]
    public async Task Every_table_holds_the_rows_asked_for_and_one_audit_line_per_record()
    {
        Assert.Equal(10_000, await ScalarAsync<long>(Db, "SELECT count(*) FROM placements"));
        Assert.Equal(200, await ScalarAsync<long>(Db, "SELECT count(*) FROM companies"));
        Assert.Equal(2_000, await ScalarAsync<long>(Db, "SELECT count(*) FROM candidates"));
        var followUps = await ScalarAsync<long>(Db, "SELECT count(*) FROM follow_ups");
        Assert.InRange(followUps, 25_000, 45_000);
        var records = await ScalarAsync<long>(Db,
            """
            SELECT (SELECT count(*) FROM companies) + (SELECT count(*) FROM contacts) + (SELECT count(*) FROM activities)
                 + (SELECT count(*) FROM partnerships) + (SELECT count(*) FROM candidates) + (SELECT count(*) FROM internship_offers)
                 + (SELECT count(*) FROM placements) + (SELECT count(*) FROM follow_ups) + (SELECT count(*) FROM referrals)
            """);
        Assert.Equal(records, await ScalarAsync<long>(Db, "SELECT count(DISTINCT entity_id) FROM audit_entries WHERE action = 'create'"));
    }

    [Fact]
    public async Task Companies_have_valid_cvr_numbers_industry_codes_of_known_divisions_and_danish_postal_codes()
    {
        var companies = await QueryAsync(Db, "SELECT cvr, industry_code, address_postal_code, sector FROM companies",
            r => (Cvr: r.GetString(0), Industry: r.GetString(1), PostalCode: r.GetString(2), Sector: r.GetString(3)));
        Assert.All(companies, c => Assert.True(Cvr.IsValid(c.Cvr), $"{c.Cvr} is not a valid CVR number"));
        Assert.All(companies, c => Assert.True(IndustryCode.IsValid(c.Industry) && Industries.NameOf(c.Industry[..2]) is not null, c.Industry));
        Assert.All(companies, c => Assert.True(PostalCode.IsValid(c.PostalCode), c.PostalCode));
        Assert.Contains(companies, c => c.PostalCode is "2820" or "2900" or "2920" or "2930" or "2870");
        Assert.Equal(["private", "public"], companies.Select(c => c.Sector).Distinct().Order());
    }

    [Fact]
    public async Task Every_placement_keeps_its_schemes_legal_limit_and_every_type_is_there()
    {
        var placements = await QueryAsync(Db,
            """
            SELECT p.type, c.sector, p.start_date, p.planned_end_date, p.hours_per_week, p.extended, p.end_date
            FROM placements p JOIN companies c ON c.id = p.company_id
            """,
            r => (Type: EnumNaming.ValueOf<PlacementType>(r.GetString(0))!.Value, Sector: EnumNaming.ValueOf<Sector>(r.GetString(1))!.Value,
                Start: r.GetFieldValue<DateOnly>(2), PlannedEnd: r.IsDBNull(3) ? (DateOnly?)null : r.GetFieldValue<DateOnly>(3),
                Hours: r.GetDecimal(4), Extended: r.GetBoolean(5), End: r.IsDBNull(6) ? (DateOnly?)null : r.GetFieldValue<DateOnly>(6)));
        var broken = new List<string>();
        foreach (var p in placements)
        {
            try
            {
                SchemeRules.Check(p.Type, p.Sector, p.Start, p.PlannedEnd, p.Hours, p.Extended);
                if (SchemeRules.PlannedEnd(p.Type, p.Start, p.PlannedEnd) != p.PlannedEnd) broken.Add($"{p}: planned end is not the scheme's");
                if (p.End < p.Start) broken.Add($"{p}: ends before it starts");
            }
            catch (DomainRuleException e)
            {
                broken.Add($"{p}: {e.Message}");
            }
        }
        Assert.Empty(broken.Take(5));
        Assert.Equal(Enum.GetValues<PlacementType>().Order(), placements.Select(p => p.Type).Distinct().Order());
        Assert.Contains(placements, p => p.Type == PlacementType.WageSubsidy && p.Sector == Sector.Public);
        Assert.Contains(placements, p => p.Extended);
        Assert.True(placements.Min(p => p.Start) < Today.AddYears(-8), "placements reach back about ten years");
    }

    [Fact]
    public async Task Follow_ups_are_exactly_the_domains_schedule_of_each_placement()
    {
        var rows = await QueryAsync(Db,
            """
            SELECT p.id, p.type, p.start_date, p.planned_end_date, f.milestone, f.due_date
            FROM placements p LEFT JOIN follow_ups f ON f.placement_id = p.id
            """,
            r => (Id: r.GetGuid(0), Type: r.GetString(1), Start: r.GetFieldValue<DateOnly>(2), PlannedEnd: r.IsDBNull(3) ? (DateOnly?)null : r.GetFieldValue<DateOnly>(3),
                Milestone: r.IsDBNull(4) ? null : r.GetString(4), Due: r.IsDBNull(5) ? default : r.GetFieldValue<DateOnly>(5)));
        var mismatches = new List<string>();
        foreach (var placement in rows.GroupBy(r => r.Id))
        {
            var first = placement.First();
            var expected = FollowUpSchedule.For(EnumNaming.ValueOf<PlacementType>(first.Type)!.Value, first.Start, first.PlannedEnd)
                .Select(m => $"{EnumNaming.NameOf(m.Milestone)} {m.DueDate:yyyy-MM-dd}").Order();
            var actual = placement.Where(r => r.Milestone is not null).Select(r => $"{r.Milestone} {r.Due:yyyy-MM-dd}").Order();
            if (!expected.SequenceEqual(actual)) mismatches.Add($"{placement.Key} {first.Type}: [{string.Join(", ", actual)}] is not [{string.Join(", ", expected)}]");
        }
        Assert.Empty(mismatches.Take(5));
        Assert.Equal(10_000, rows.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task Follow_ups_due_are_mostly_done_with_a_plausible_retention_and_some_are_overdue_or_cancelled()
    {
        var statuses = await QueryAsync(Db, "SELECT status, count(*) FROM follow_ups WHERE due_date < current_date GROUP BY status",
            r => (Status: r.GetString(0), Count: r.GetInt64(1)));
        var due = statuses.Sum(s => s.Count);
        Assert.InRange(statuses.Single(s => s.Status == "completed").Count, due * 0.75, due * 0.97);
        Assert.Contains(statuses, s => s.Status == "pending" && s.Count > 0);
        Assert.Contains(statuses, s => s.Status == "cancelled" && s.Count > 0);

        var sixMonths = await QueryAsync(Db,
            """
            SELECT c.industry_code, count(*) FILTER (WHERE f.outcome = 'employedSameCompany')::float / count(*)
            FROM follow_ups f JOIN companies c ON c.id = f.company_id
            WHERE f.milestone = '6m' AND f.status = 'completed' GROUP BY ROLLUP (c.industry_code) HAVING count(*) >= 100
            """,
            r => (Industry: r.IsDBNull(0) ? null : r.GetString(0), Retention: r.GetDouble(1)));
        Assert.InRange(sixMonths.Single(r => r.Industry is null).Retention, 0.5, 0.75);
        var industries = sixMonths.Where(r => r.Industry is not null).Select(r => r.Retention).ToList();
        Assert.True(industries.Max() - industries.Min() > 0.08, "retention differs between industries");
    }

    [Fact]
    public async Task Partnerships_offers_and_referrals_are_in_every_status_and_accepted_referrals_are_their_placements()
    {
        Assert.Equal(Enum.GetValues<PartnershipStatus>().Select(EnumNaming.NameOf).Order(),
            await QueryAsync(Db, "SELECT DISTINCT status FROM partnerships ORDER BY 1", r => r.GetString(0)));
        Assert.Equal(Enum.GetValues<InternshipStatus>().Select(EnumNaming.NameOf).Order(),
            await QueryAsync(Db, "SELECT DISTINCT status FROM internship_offers ORDER BY 1", r => r.GetString(0)));
        Assert.Equal(Enum.GetValues<ReferralStatus>().Select(EnumNaming.NameOf).Order(),
            await QueryAsync(Db, "SELECT DISTINCT status FROM referrals ORDER BY 1", r => r.GetString(0)));
        // An accepted referral made the internship placement from its offer: same candidate, company and offer, the offer's terms.
        Assert.Equal(0, await ScalarAsync<long>(Db,
            """
            SELECT count(*) FROM referrals r
            LEFT JOIN placements p ON p.id = r.placement_id AND p.candidate_id = r.candidate_id AND p.internship_id = r.internship_id
            LEFT JOIN internship_offers o ON o.id = r.internship_id AND o.start_date = p.start_date
                 AND p.planned_end_date = o.start_date + o.duration_weeks * 7 AND p.hours_per_week = o.hours_per_week
            WHERE r.status = 'accepted' AND (p.id IS NULL OR o.id IS NULL OR p.type <> 'internship')
            """));
        Assert.True(await ScalarAsync<long>(Db, "SELECT count(*) FROM referrals WHERE status = 'accepted'") > 0);
        Assert.Equal(0, await ScalarAsync<long>(Db,
            "SELECT count(*) FROM internship_offers o WHERE places_taken <> (SELECT count(*) FROM placements p WHERE p.internship_id = o.id)"));
    }

    [Fact]
    public async Task Candidates_come_from_the_countries_denmark_receives_people_from_and_nothing_looks_like_a_cpr_number()
    {
        var countries = await QueryAsync(Db, "SELECT country_of_origin, count(*) FROM candidates GROUP BY 1 ORDER BY 2 DESC", r => r.GetString(0));
        Assert.Equal(["SY", "ER"], countries.Take(2));
        Assert.Contains("UA", countries);
        var texts = await QueryAsync(Db, "SELECT coalesce(case_reference, '') || ' ' || coalesce(display_name, '') FROM candidates", r => r.GetString(0));
        Assert.DoesNotContain(texts, PartnerCrm.Domain.Candidates.PersonalText.LooksLikeCpr);
        Assert.Equal(0, await ScalarAsync<long>(Db,
            "SELECT count(*) FROM candidates WHERE birth_year NOT BETWEEN extract(year FROM arrival_date) - 62 AND extract(year FROM arrival_date) - 18"));
    }

    [Fact]
    public async Task The_same_seed_on_the_same_day_gives_the_same_data_and_another_seed_other_data()
    {
        var same = await TestDatabaseServer.CreateDatabaseAsync();
        var other = await TestDatabaseServer.CreateDatabaseAsync();
        try
        {
            Assert.Equal(0, await SeedAsync(same, Options));
            Assert.Equal(0, await SeedAsync(other, Options with { Seed = 8 }));
            foreach (var table in new[] { "companies", "candidates", "placements", "follow_ups", "referrals" })
            {
                var sql = $"SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM {table} t";
                var original = await ScalarAsync<string>(Db, sql);
                Assert.Equal(original, await ScalarAsync<string>(same, sql));
                Assert.NotEqual(original, await ScalarAsync<string>(other, sql));
            }
            const string audit = "SELECT md5(string_agg(concat_ws(',', at, actor, action, entity, entity_id), '|' ORDER BY id)) FROM audit_entries";
            Assert.Equal(await ScalarAsync<string>(Db, audit), await ScalarAsync<string>(same, audit));
        }
        finally
        {
            await TestDatabaseServer.DropDatabaseAsync(same);
            await TestDatabaseServer.DropDatabaseAsync(other);
        }
    }

    [Fact]
    public async Task A_database_with_data_is_refused_without_append_and_added_to_with_it()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync();
        try
        {
            var small = new SeedOptions(Companies: 20, Candidates: 60, Placements: 300, Seed: 3, Append: false, Demo: false);
            Assert.Equal(0, await SeedAsync(database, small));

            var said = new StringWriter();
            Assert.Equal(2, await SeedAsync(database, small, said));
            Assert.Contains("--append", said.ToString());
            Assert.Single(said.ToString().Trim().Split('\n'));
            Assert.Equal(300, await ScalarAsync<long>(database, "SELECT count(*) FROM placements"));

            Assert.Equal(0, await SeedAsync(database, small with { Append = true }));
            Assert.Equal(600, await ScalarAsync<long>(database, "SELECT count(*) FROM placements"));
            Assert.Equal(40, await ScalarAsync<long>(database, "SELECT count(DISTINCT cvr) FROM companies"));
            Assert.Equal(120, await ScalarAsync<long>(database, "SELECT count(DISTINCT case_reference) FROM candidates"));
        }
        finally
        {
            await TestDatabaseServer.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task The_demo_gives_the_development_consultant_a_worklist_and_takes_a_new_placement()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync();
        try
        {
            Assert.Equal(0, await SeedAsync(database, SeedOptions.DemoSet));
            Assert.Equal(150, await ScalarAsync<long>(database, "SELECT count(*) FROM placements"));
            await using var api = new SeededApi(database);
            await api.InitializeAsync();
            var consultant = await api.ClientAsync("consultant", Security.DevelopmentUsers.NameOf[Roles.Consultant]);
            var worklist = await (await consultant.GetAsync("/api/v1/worklist")).ShouldBe(HttpStatusCode.OK);
            Assert.NotEmpty(worklist.GetProperty("items").EnumerateArray());
            var thisWeek = await ScalarAsync<long>(database,
                "SELECT count(*) FROM activities WHERE next_action_done_at IS NULL AND next_action_on BETWEEN current_date - 7 AND current_date + 7");
            Assert.True(thisWeek > 0, "next actions are due around this week");

            // Seeded ids serve a new placement here, so the 10,000-placement database stays as seeded for the other tests.
            var (candidate, company) = (await QueryAsync(database,
                """
                SELECT c.id, (SELECT id FROM companies WHERE sector = 'private' ORDER BY id LIMIT 1) FROM candidates c
                WHERE NOT EXISTS (SELECT 1 FROM placements p WHERE p.candidate_id = c.id) ORDER BY c.id LIMIT 1
                """, r => (r.GetGuid(0), r.GetGuid(1)))).Single();
            var made = await (await consultant.PostAsJsonAsync("/api/v1/placements",
                PeopleData.Placement(candidate, company, "wageSubsidy", $"{Today:yyyy-MM-dd}", $"{Today.AddMonths(6):yyyy-MM-dd}"))).ShouldBe(HttpStatusCode.Created);
            Assert.Equal(4, made.GetProperty("followUps").GetArrayLength());
            await api.DisposeAsync();
        }
        finally
        {
            await TestDatabaseServer.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task The_api_answers_over_the_seeded_data()
    {
        var consultant = await seeded.Api.ClientAsync("consultant", "Karen Holm");
        var analyst = await seeded.Api.ClientAsync("analyst", "Jonas Analytiker");
        var word = (await ScalarAsync<string>(Db, "SELECT split_part(name, ' ', 2) FROM companies WHERE sector = 'private' ORDER BY id LIMIT 1"));
        var companies = await (await consultant.GetAsync($"/api/v1/companies?q={Uri.EscapeDataString(word)}")).ShouldBe(HttpStatusCode.OK);
        Assert.Contains(companies.GetProperty("items").EnumerateArray(), c => c.GetProperty("name").GetString()!.Contains(word));

        var period = $"from={Today.AddYears(-3):yyyy-MM-dd}&to={Today:yyyy-MM-dd}";
        var byIndustry = await (await analyst.GetAsync($"/api/v1/statistics/placements?groupBy=industry,quarter&{period}")).ShouldBe(HttpStatusCode.OK);
        Assert.True(byIndustry.GetProperty("total").GetProperty("placements").GetInt32() > 1_000);
        Assert.True(byIndustry.GetProperty("rows").GetArrayLength() > 20);

        var retention = await (await analyst.GetAsync($"/api/v1/statistics/retention?milestone=6m&groupBy=company&{period}")).ShouldBe(HttpStatusCode.OK);
        Assert.Contains(retention.GetProperty("rows").EnumerateArray(), r => r.GetProperty("retentionRate").ValueKind == JsonValueKind.Number);

        var byCompany = await (await analyst.GetAsync($"/api/v1/statistics/placements?groupBy=company,quarter&{period}")).ShouldBe(HttpStatusCode.OK);
        Assert.True(byCompany.GetProperty("rows").GetArrayLength() > 50);

        var export = await analyst.GetAsync($"/api/v1/exports/placements?format=csv&{period}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(await ScalarAsync<long>(Db, $"SELECT count(*) FROM placements WHERE start_date BETWEEN '{Today.AddYears(-3):yyyy-MM-dd}' AND '{Today:yyyy-MM-dd}'") + 1, lines.Length);

    }

    [Theory]
    [InlineData("--bogus", "Unknown option '--bogus'")]
    [InlineData("--placements x", "--placements needs a whole number")]
    [InlineData("--companies 0", "--companies needs a whole number of at least 1")]
    [InlineData("--seed", "--seed needs a whole number")]
    public void A_bad_option_is_told_in_one_line(string args, string told)
    {
        Assert.Null(SeedOptions.Parse(["seed", .. args.Split(' ')], out var error, out var help));
        Assert.False(help);
        Assert.StartsWith(told, error);
        Assert.DoesNotContain('\n', error!);
    }

    [Fact]
    public void Without_sizes_the_seed_scales_companies_and_candidates_with_the_placements()
    {
        var options = SeedOptions.Parse(["seed", "--placements", "1000000"], out _, out _)!;
        Assert.Equal((20_000, 200_000, 1_000_000, false), (options.Companies, options.Candidates, options.Placements, options.Append));
        Assert.True(SeedOptions.Parse(["seed", "--demo", "--append"], out _, out _)! is { Demo: true, Append: true, Placements: 150 });
    }
}
