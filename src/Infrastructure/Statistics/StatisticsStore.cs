using Npgsql;
using PartnerCrm.Domain.Partnerships;
using PartnerCrm.Domain.Placements;
using PartnerCrm.Domain.Referrals;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Infrastructure.Database;

namespace PartnerCrm.Infrastructure.Statistics;

/// <summary>
/// Statistics in SQL: PostgreSQL groups and counts with <c>GROUPING SETS</c>, so the cells, margins and
/// total come from one scan, and only the groups travel to the API.
/// </summary>
public sealed class StatisticsStore(ReadOnlyDatabase database, StatisticsSettings settings) : IStatisticsStore
{

    /// <summary>
    /// The SQL of each dimension over placements p, companies c and candidates k: the key PostgreSQL groups by
    /// (cheap to hash: a date truncated, not a formatted text), and how a group's key is shown (<c>{0}</c> is the
    /// key), formatted only once per group. Only these names reach SQL.
    /// </summary>
    private static readonly Dictionary<string, (string Key, string Shown)> Expressions = new()
    {
        [Dimensions.Type] = ("p.type", "{0}"),
        [Dimensions.Industry] = ("coalesce(left(c.industry_code, 2), 'unknown')", "{0}"),
        [Dimensions.Company] = ("c.id", "{0}::text"),
        [Dimensions.Year] = ("date_trunc('year', p.start_date::timestamp)", "to_char({0}, 'YYYY')"),
        [Dimensions.Quarter] = ("date_trunc('quarter', p.start_date::timestamp)", "to_char({0}, 'YYYY-\"Q\"Q')"),
        [Dimensions.Month] = ("date_trunc('month', p.start_date::timestamp)", "to_char({0}, 'YYYY-MM')"),
        [Dimensions.HalfYear] = (
            "date_trunc('year', p.start_date::timestamp) + (date_part('month', p.start_date) > 6)::int * interval '6 months'",
            "to_char({0}, 'YYYY') || CASE WHEN date_part('month', {0}) <= 6 THEN '-H1' ELSE '-H2' END"),
        [Dimensions.CountryOfOrigin] = ("k.country_of_origin", "{0}::text"),
        [Dimensions.Gender] = ("k.gender", "{0}"),
        [Dimensions.AgeBand] = (PlacementSql.AgeBand, "{0}"),
        [Dimensions.DanishTrack] = ("coalesce(k.danish_course_track, 'none')", "{0}"),
        [Dimensions.ResidenceBasis] = ("k.residence_basis", "{0}"),
    };

    /// <summary>
    /// Outer joins to companies and candidates, which every placement has: PostgreSQL leaves out a join whose
    /// columns a table does not use, so a table by type and quarter never reads the candidates.
    /// </summary>
    private const string PlacementsOfPeriod = """
        FROM placements p
        LEFT JOIN companies c ON c.id = p.company_id
        LEFT JOIN candidates k ON k.id = p.candidate_id
        """;

    /// <summary>The measure that counts distinct persons (candidates), in two steps (<see cref="GroupingSql"/>).</summary>
    private const string Persons = "persons";

    public Task<IReadOnlyList<GroupCounts>> CountPlacementsAsync(DateOnly from, DateOnly to, IReadOnlyList<string> groupBy, CancellationToken cancellationToken) =>
        GroupAsync(
            [("placements", "count(*)"), ("candidates", Persons)],
            $"{PlacementsOfPeriod} WHERE p.start_date BETWEEN @from AND @to",
            groupBy, from, to, [], cancellationToken);

    public Task<IReadOnlyList<GroupCounts>> CountRetentionAsync(
        DateOnly from, DateOnly to, string milestone, DateOnly today, IReadOnlyList<string> groupBy, CancellationToken cancellationToken) =>
        GroupAsync(
            [
                ("due", "count(*) FILTER (WHERE f.status = 'completed' OR (f.status = 'pending' AND f.due_date <= @today))"),
                ("followedUp", "count(*) FILTER (WHERE f.status = 'completed')"),
                ("employedSameCompany", "count(*) FILTER (WHERE f.status = 'completed' AND f.outcome = 'employedSameCompany')"),
                ("employed", "count(*) FILTER (WHERE f.status = 'completed' AND f.outcome IN ('employedSameCompany', 'employedOtherCompany'))"),
                ("inEducation", "count(*) FILTER (WHERE f.status = 'completed' AND f.outcome = 'inEducation')"),
            ],
            $"{PlacementsOfPeriod} JOIN follow_ups f ON f.placement_id = p.id WHERE p.start_date BETWEEN @from AND @to AND f.milestone = @milestone",
            groupBy, from, to, [("milestone", milestone), ("today", today)], cancellationToken);

    public Task<IReadOnlyList<GroupCounts>> CountConversionAsync(
        DateOnly from, DateOnly to, DateOnly today, IReadOnlyList<string> groupBy, CancellationToken cancellationToken) =>
        GroupAsync(
            [("internships", "count(*)"), ("convertedWithin90Days", "count(*) FILTER (WHERE x.converted)")],
            $"""
            {PlacementsOfPeriod}
            CROSS JOIN LATERAL (SELECT {PlacementSql.Converted} AS converted) x
            WHERE p.type = '{PlacementSql.Word(PlacementType.Internship)}' AND p.start_date BETWEEN @from AND @to
              AND {PlacementSql.IsEnded}
              AND (x.converted OR {PlacementSql.LastDay()} + 90 < @today)
            """,
            groupBy, from, to, [("today", today)], cancellationToken);

    /// <summary>
    /// Referrals stand in for placements (<c>p</c>): their day is the day they were made, their type internship,
    /// so every dimension groups them as it groups placements.
    /// </summary>
    public Task<IReadOnlyList<GroupCounts>> CountReferralsAsync(DateOnly from, DateOnly to, IReadOnlyList<string> groupBy, CancellationToken cancellationToken) =>
        GroupAsync(
            [
                ("referrals", "count(*)"),
                ("interviews", "count(*) FILTER (WHERE p.interviewed_at IS NOT NULL)"),
                ("accepted", $"count(*) FILTER (WHERE p.status = '{PlacementSql.Word(ReferralStatus.Accepted)}')"),
            ],
            $"""
            FROM (SELECT r.candidate_id, r.company_id, r.status, r.interviewed_at,
                         (r.created_at AT TIME ZONE 'Europe/Copenhagen')::date AS start_date,
                         '{PlacementSql.Word(PlacementType.Internship)}' AS type
                  FROM referrals r) p
            LEFT JOIN companies c ON c.id = p.company_id
            LEFT JOIN candidates k ON k.id = p.candidate_id
            WHERE p.start_date BETWEEN @from AND @to
            """,
            groupBy, from, to, [], cancellationToken);

    public async Task<SummaryCounts> SummaryAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT
              (SELECT count(*) FROM partnerships s WHERE {PartnershipSql.IsActive}),
              (SELECT coalesce(sum(o.slots - o.places_taken), 0) FROM internship_offers o WHERE o.status = 'open'),
              (SELECT count(*) FROM placements p WHERE {PlacementSql.IsActive}),
              (SELECT count(*) FROM follow_ups f WHERE {FollowUpSql.IsOverdue}),
              (SELECT count(*) FROM placements p WHERE date_part('year', p.start_date) = date_part('year', @today::date)),
              (SELECT count(*) FROM follow_ups f JOIN placements p ON p.id = f.placement_id
                 WHERE f.milestone = '6m' AND f.status = 'completed' AND p.start_date BETWEEN @from AND @to),
              (SELECT count(*) FROM follow_ups f JOIN placements p ON p.id = f.placement_id
                 WHERE f.milestone = '6m' AND f.status = 'completed' AND f.outcome = 'employedSameCompany' AND p.start_date BETWEEN @from AND @to),
              first.people,
              first.median_days,
              (SELECT count(*) FROM follow_ups f WHERE f.status <> 'cancelled' AND f.due_date + 14 < @today AND f.due_date BETWEEN @from AND @to),
              (SELECT count(*) FROM follow_ups f WHERE f.status = 'completed' AND f.due_date + 14 < @today AND f.due_date BETWEEN @from AND @to
                 AND (f.completed_at AT TIME ZONE 'Europe/Copenhagen')::date <= f.due_date + 14),
              (SELECT coalesce(sum(s.committed_slots_per_year), 0) FROM partnerships s WHERE {PartnershipSql.IsActive}),
              (SELECT count(*) FROM placements p JOIN partnerships s ON s.id = p.partnership_id
                 WHERE {PartnershipSql.IsActive} AND p.start_date > @today - 365 AND p.start_date <= @today),
              cooperation.companies,
              cooperation.active
            FROM (
              SELECT count(*) AS people, percentile_cont(0.5) WITHIN GROUP (ORDER BY first_start - k.arrival_date) AS median_days
              FROM (SELECT candidate_id, min(start_date) AS first_start FROM placements GROUP BY candidate_id) fp
              JOIN candidates k ON k.id = fp.candidate_id
              WHERE fp.first_start BETWEEN @from AND @to
            ) first
            CROSS JOIN ({CooperationSql}) cooperation
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        command.Parameters.AddWithValue("today", today);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new SummaryCounts(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
            reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.IsDBNull(8) ? null : reader.GetDouble(8),
            reader.GetInt64(9), reader.GetInt64(10), reader.GetInt64(11), reader.GetInt64(12),
            reader.GetInt64(13), reader.GetInt64(14));
    }

    /// <summary>
    /// The cooperation rate's two counts over the 12 months up to <c>@today</c> (the days after <c>@today − 365</c>):
    /// the companies in the register still trading today, and those of them with an activity in those months, a
    /// partnership not ended at some point of them (made by today, and not ended or ended within them), or a
    /// placement running in them.
    /// </summary>
    private static readonly string CooperationSql = $"""
        SELECT count(*) AS companies,
               count(*) FILTER (WHERE
                 EXISTS (SELECT 1 FROM activities a WHERE a.company_id = c.id
                           AND (a.occurred_at AT TIME ZONE 'Europe/Copenhagen')::date > @today - 365
                           AND (a.occurred_at AT TIME ZONE 'Europe/Copenhagen')::date <= @today)
                 OR EXISTS (SELECT 1 FROM partnerships s WHERE s.company_id = c.id
                           AND (s.created_at AT TIME ZONE 'Europe/Copenhagen')::date <= @today
                           AND (s.status <> '{PlacementSql.Word(PartnershipStatus.Ended)}' OR s.end_date IS NULL OR s.end_date > @today - 365))
                 OR EXISTS (SELECT 1 FROM placements p WHERE p.company_id = c.id
                           AND p.start_date <= @today AND NOT coalesce({PlacementSql.LastDay()} <= @today - 365, false))) AS active
        FROM companies c
        WHERE {CompanySql.IsInRegister} AND NOT {CompanySql.HasCeased()}
        """;

    /// <summary>
    /// Runs one query over every grouping set of <paramref name="groupBy"/>: the cells, each margin and the total.
    /// A table too large to make is refused first (<see cref="TableSize"/>). Distinct persons are counted in two
    /// steps: first one row per group and person (PostgreSQL hashes these, in parallel), then the grouping sets
    /// count those rows; <c>count(DISTINCT …)</c> in the grouping sets would sort the million placements once per
    /// set, in one process. <paramref name="parameters"/> are those of <paramref name="source"/> besides the period.
    /// </summary>
    private async Task<IReadOnlyList<GroupCounts>> GroupAsync(
        IReadOnlyList<(string Name, string Sql)> measures,
        string source,
        IReadOnlyList<string> groupBy,
        DateOnly from,
        DateOnly to,
        IReadOnlyList<(string Name, object Value)> parameters,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        TableSize.Ensure(from, to, groupBy, await BoundsAsync(connection, cancellationToken), settings.MaxCells);

        await using var command = new NpgsqlCommand(GroupingSql(measures, source, groupBy), connection);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var groups = new List<GroupCounts>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var mask = reader.GetInt32(reader.GetOrdinal("grouping_mask"));
                var key = new Dictionary<string, string?>();
                var labels = new Dictionary<string, string?>();
                for (var i = 0; i < groupBy.Count; i++)
                {
                    // GROUPING() sets a bit (first argument highest) for each dimension the set does not group by.
                    var grouped = (mask & (1 << (groupBy.Count - 1 - i))) == 0;
                    var value = grouped ? reader.GetString(reader.GetOrdinal($"key{i}")) : null;
                    key[groupBy[i]] = value;
                    if (!grouped) continue;
                    if (groupBy[i] == Dimensions.Industry) labels[groupBy[i]] = Industries.NameOf(value);
                    if (groupBy[i] == Dimensions.Company) labels[groupBy[i]] = reader.GetString(reader.GetOrdinal("company_name"));
                }
                groups.Add(new GroupCounts(key, labels, measures.ToDictionary(m => m.Name, m => reader.GetInt64(reader.GetOrdinal(m.Name)))));
            }
        }
        return groups;
    }

    /// <summary>
    /// The grouping query in two steps: first the counts of each cell (and person, when persons are counted),
    /// then those rows grouped by the sets of <paramref name="groupBy"/>, with each key shown in words only once.
    /// </summary>
    private static string GroupingSql(IReadOnlyList<(string Name, string Sql)> measures, string source, IReadOnlyList<string> groupBy)
    {
        var persons = measures.Any(m => m.Sql == Persons);
        var keys = groupBy.Select((d, i) => $"{Expressions[d].Key} AS k{i}");
        var firstStepMeasures = measures.Where(m => m.Sql != Persons).Select(m => $"{m.Sql} AS \"{m.Name}\"");
        var companyName = groupBy.Contains(Dimensions.Company) ? "min(c.name)" : null;
        var firstGroups = groupBy.Select((_, i) => $"k{i}").Concat(persons ? ["p.candidate_id"] : Array.Empty<string>()).ToList();
        var firstStep = $"""
            SELECT {string.Join(", ", keys.Append(persons ? "p.candidate_id" : null).Concat(firstStepMeasures)
                .Append(companyName is null ? null : $"{companyName} AS company_name").OfType<string>())}
            {source}
            GROUP BY {(firstGroups.Count == 0 ? "()" : string.Join(", ", firstGroups))}
            """;
        var groupKeys = groupBy.Select((_, i) => $"g.k{i}").ToList();
        var dimensions = string.Join(", ", groupKeys);
        var sets = groupBy.Count switch
        {
            0 => "(())",
            1 => $"(({dimensions}), ())",
            _ => $"(({dimensions}), ({groupKeys[0]}), ({groupKeys[1]}), ())",
        };
        var shown = groupBy.Select((d, i) => string.Format(Expressions[d].Shown, groupKeys[i]) + $" AS key{i}");
        var counted = measures.Select(m => m.Sql == Persons ? $"count(*) AS \"{m.Name}\"" : $"coalesce(sum(g.\"{m.Name}\"), 0)::bigint AS \"{m.Name}\"");
        return $"""
            SELECT {string.Join(", ", shown.Append(groupBy.Count == 0 ? "0 AS grouping_mask" : $"GROUPING({dimensions}) AS grouping_mask").Concat(counted)
                .Append(companyName is null ? null : "min(g.company_name) AS company_name").OfType<string>())}
            FROM ({firstStep}) g
            GROUP BY GROUPING SETS {sets}
            """;
    }

    /// <summary>What bounds a table's size: the companies, and the first placement's start (both from an index or a small table).</summary>
    private static async Task<TableBounds> BoundsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT (SELECT count(*) FROM companies), (SELECT min(start_date) FROM placements)", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new TableBounds(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1));
    }
}
