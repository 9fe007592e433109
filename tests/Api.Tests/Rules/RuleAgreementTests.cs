using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Partnerships;
using PartnerCrm.Domain.Placements;
using PartnerCrm.Infrastructure.Database;
using PartnerCrm.Infrastructure.Persistence;
using PartnerCrm.Infrastructure.Statistics;

namespace PartnerCrm.Api.Tests.Rules;

/// <summary>
/// Each rule has one home in Domain, and the queries (LINQ through EF Core) and the statistics (SQL
/// fragments) that repeat it must say the same. Rows with every boundary date are written once; each
/// rule is then worked out in C#, in LINQ and in SQL for every day from before the first date to after
/// the last, and the three answers must agree.
/// </summary>
public class RuleAgreementTests(ApiFactory api) : ApiTest(api)
{
    private static readonly DateOnly Day = new(2026, 6, 15);
    private static readonly StaffMember Anna = new("anna", "Anna Jensen");
    private static readonly int[] AgeEdges = [17, 18, 24, 25, 29, 30, 39, 40, 49, 50, 64];

    private sealed record Rows(
        List<Placement> Placements, List<FollowUp> FollowUps, List<Partnership> Partnerships, List<Candidate> Candidates, List<Company> Companies);

    [Fact]
    public async Task The_csharp_linq_and_sql_forms_of_each_rule_agree_on_every_boundary_day()
    {
        var rows = await WriteRowsAsync();
        Assert.All(Enum.GetValues<PlacementStatus>(), status => Assert.Contains(rows.Placements, p => Enumerable.Range(-5, 12).Any(d => p.StatusOn(Day.AddDays(d)) == status)));
        Assert.Contains(rows.FollowUps, f => f.Status == FollowUpStatus.Completed);
        Assert.Contains(rows.FollowUps, f => f.Status == FollowUpStatus.Cancelled);

        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var connection = await scope.ServiceProvider.GetRequiredService<ReadOnlyDatabase>().OpenConnectionAsync(CancellationToken.None);

        await AgreeAsync(connection, "last day", "SELECT p.id, " + PlacementSql.LastDay() + " FROM placements p", Day,
            rows.Placements.ToDictionary(p => p.Id, p => (object?)p.LastDay));
        await AgreeAsync(connection, "paid work", "SELECT p.id, " + PlacementSql.IsPaidWork() + " FROM placements p", Day,
            rows.Placements.ToDictionary(p => p.Id, p => (object?)p.Type.IsPaidWork()));
        await AgreeAsync(connection, "ended early", "SELECT p.id, coalesce(" + PlacementSql.EndedEarly + ", false) FROM placements p", Day,
            rows.Placements.ToDictionary(p => p.Id, p => (object?)p.EndedEarly));
        await AgreeAsync(connection, "age band", "SELECT p.id, " + PlacementSql.AgeBand + " FROM placements p JOIN candidates k ON k.id = p.candidate_id", Day,
            rows.Placements.ToDictionary(p => p.Id, p => (object?)AgeBands.Of(rows.Candidates.Single(c => c.Id == p.CandidateId).BirthYear, p.StartDate.Year)));
        var steps = await db.Candidates.RankBy(DanishLadder.StepOfCandidate).ToDictionaryAsync(c => c.Item.Id, c => c.Rank);
        Assert.All(rows.Candidates, c => Assert.Equal(DanishLadder.StepOf(c.DanishCourse), steps[c.Id]));
        await AgreeAsync(connection, "active partnership", "SELECT s.id, " + PartnershipSql.IsActive + " FROM partnerships s", Day,
            rows.Partnerships.ToDictionary(p => p.Id, p => (object?)p.IsActive));
        Assert.Equal(
            rows.Partnerships.Where(p => p.IsActive).Select(p => p.Id).Order(),
            (await db.Partnerships.Where(Partnership.Active).Select(p => p.Id).ToListAsync()).Order());

        var boundaries = rows.Placements.SelectMany(p => new[] { p.StartDate, p.PlannedEndDate, p.EndDate })
            .Concat(rows.FollowUps.Select(f => (DateOnly?)f.DueDate))
            .Concat(rows.Companies.Select(c => c.CeasedOn))
            .OfType<DateOnly>()
            .SelectMany(date => new[] { date.AddDays(-1), date, date.AddDays(1) })
            .Distinct().Order().ToList();
        foreach (var today in boundaries)
        {
            await AgreeAsync(connection, $"placement status on {today}", "SELECT p.id, " + PlacementSql.Status + " FROM placements p", today,
                rows.Placements.ToDictionary(p => p.Id, p => (object?)PlacementSql.Word(p.StatusOn(today))));
            await AgreeAsync(connection, $"ended on {today}", "SELECT p.id, coalesce(" + PlacementSql.IsEnded + ", false) FROM placements p", today,
                rows.Placements.ToDictionary(p => p.Id, p => (object?)(p.StatusOn(today) == PlacementStatus.Ended)));
            await AgreeAsync(connection, $"active on {today}", "SELECT p.id, " + PlacementSql.IsActive + " FROM placements p", today,
                rows.Placements.ToDictionary(p => p.Id, p => (object?)(p.StatusOn(today) == PlacementStatus.Active)));
            await AgreeAsync(connection, $"overdue on {today}", "SELECT f.id, " + FollowUpSql.IsOverdue + " FROM follow_ups f", today,
                rows.FollowUps.ToDictionary(f => f.Id, f => (object?)f.IsOverdue(today)));
            await AgreeAsync(connection, $"ceased by {today}", "SELECT c.id, " + CompanySql.HasCeased() + " FROM companies c", today,
                rows.Companies.ToDictionary(c => c.Id, c => (object?)c.HasCeasedBy(today)));
            Assert.Equal(
                rows.Companies.Where(c => c.HasCeasedBy(today)).Select(c => c.Id).Order(),
                (await db.Companies.Where(Company.CeasedBy(today)).Select(c => c.Id).ToListAsync()).Order());

            foreach (var status in Enum.GetValues<PlacementStatus>())
                Assert.Equal(
                    rows.Placements.Where(p => p.StatusOn(today) == status).Select(p => p.Id).Order(),
                    (await db.Placements.Where(Placement.InStatusOn(status, today)).Select(p => p.Id).ToListAsync()).Order());
            Assert.Equal(
                rows.Placements.Where(p => p.StatusOn(today) != PlacementStatus.Ended).Select(p => p.Id).Order(),
                (await db.Placements.Where(Placement.CurrentOn(today)).Select(p => p.Id).ToListAsync()).Order());
            Assert.Equal(
                rows.FollowUps.Where(f => f.IsOverdue(today)).Select(f => f.Id).Order(),
                (await db.FollowUps.Where(FollowUp.OverdueOn(today)).Select(f => f.Id).ToListAsync()).Order());
            Assert.Equal(
                rows.FollowUps.Where(f => !f.IsOverdue(today)).Select(f => f.Id).Order(),
                (await db.FollowUps.Where(FollowUp.OverdueOn(today).Not()).Select(f => f.Id).ToListAsync()).Order());
        }
    }

    /// <summary>The SQL's answer per row, next to the C# answer per row: the same rows, the same values.</summary>
    private static async Task AgreeAsync(NpgsqlConnection connection, string rule, string sql, DateOnly today, Dictionary<Guid, object?> expected)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("today", today);
        var actual = new Dictionary<Guid, object?>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                actual[reader.GetGuid(0)] = reader.IsDBNull(1) ? null : reader.GetValue(1) is DateTime date ? DateOnly.FromDateTime(date) : reader.GetValue(1);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (id, value) in expected)
            Assert.True(Equals(value, actual[id]), $"{rule}: C# says {value ?? "null"}, SQL says {actual[id] ?? "null"} for row {id}");
    }

    /// <summary>
    /// Placements of every scheme starting the day before, on and after <see cref="Day"/>, with planned ends
    /// and end dates on those days or none, every end reason; their follow-ups, some completed and some
    /// cancelled; a partnership in every status; and companies that cease the day before, on and after <see cref="Day"/>, or never.
    /// </summary>
    private async Task<Rows> WriteRowsAsync()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cvrs = TestData.CvrNumbers().GetEnumerator();
        var companies = new List<Company>();
        Company NewCompany(DateOnly? ceasedOn = null)
        {
            cvrs.MoveNext();
            var company = Company.Register(Cvr.Parse(cvrs.Current), new CompanyDetails("Virksomhed " + cvrs.Current, null, Sector.Private, null, null, null, ceasedOn));
            db.Companies.Add(company);
            companies.Add(company);
            return company;
        }

        var company = NewCompany();
        var placements = new List<Placement>();
        var candidates = new List<Candidate>();
        var reasons = Enum.GetValues<EndReason>();
        DateOnly?[] around = [null, Day.AddDays(-1), Day, Day.AddDays(1)];
        foreach (var type in Enum.GetValues<PlacementType>())
        foreach (var start in around.OfType<DateOnly>())
        foreach (var plannedEnd in around.Where(d => d is null || d >= start))
        foreach (var end in around.Where(d => d is null || d >= start))
        {
            if (plannedEnd is null && type is PlacementType.Internship or PlacementType.WageSubsidy) continue;
            var n = placements.Count;
            // Every track and module, and no course; ages on each side of every age band's edge.
            var course = n % 19 == 18 ? null : new DanishCourse((DanishTrack)(n % 19 / 6 + 1), n % 19 % 6 + 1);
            var birthYear = start.Year - AgeEdges[n % AgeEdges.Length];
            var candidate = Candidate.Register(new CandidateDetails($"R-{n}", "Person", birthYear, Gender.Female, "SY",
                ResidenceBasis.Refugee, new DateOnly(2025, 1, 1), course, EducationLevel.Unknown, null));
            db.Candidates.Add(candidate);
            candidates.Add(candidate);
            var placement = Placement.Make(candidate, company, null, null,
                new PlacementTerms(type, "Medhjælper", 30, start, plannedEnd, false), Anna);
            if (end is { } endDate) placement.End(endDate, reasons[placements.Count % reasons.Length]);
            var followUps = placement.FollowUps.Where(f => f.Status == FollowUpStatus.Pending).ToList();
            if (placements.Count % 3 == 0 && followUps.Count > 0)
                followUps[0].Complete(new FollowUpResult(Outcome.EmployedSameCompany, null, null, null, null), Anna, DateTimeOffset.UtcNow);
            db.Placements.Add(placement);
            placements.Add(placement);
        }

        var partnerships = Enum.GetValues<PartnershipStatus>().Select(status =>
        {
            var partnership = Partnership.Propose(NewCompany().Id, new PartnershipTerms([Scheme.Internship], 2, null),
                status == PartnershipStatus.Ended ? PartnershipStatus.Prospect : status, null, Anna, Day);
            if (status == PartnershipStatus.Ended) partnership.ChangeStatus(PartnershipStatus.Ended, null, Day);
            db.Partnerships.Add(partnership);
            return partnership;
        }).ToList();

        foreach (var ceasedOn in around.OfType<DateOnly>()) NewCompany(ceasedOn);

        await db.SaveChangesAsync();
        return new Rows(placements, placements.SelectMany(p => p.FollowUps).ToList(), partnerships, candidates, companies);
    }
}
