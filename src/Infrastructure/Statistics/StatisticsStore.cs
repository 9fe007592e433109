using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.Statistics;

/// <summary>
/// Statistics in SQL: PostgreSQL groups and counts with <c>GROUPING SETS</c>, so the cells, margins and
/// total come from one scan, and only the groups travel to the API.
/// </summary>
public sealed class StatisticsStore(AppDbContext db) : IStatisticsStore
{
    /// <summary>Age at the placement's start (by year of birth) in the bands 18–24, 25–29, 30–39, 40–49, 50+.</summary>
    public const string AgeBandSql = """
        CASE WHEN extract(year FROM p.start_date)::int - k.birth_year < 18 THEN 'under18'
             WHEN extract(year FROM p.start_date)::int - k.birth_year <= 24 THEN '18-24'
             WHEN extract(year FROM p.start_date)::int - k.birth_year <= 29 THEN '25-29'
             WHEN extract(year FROM p.start_date)::int - k.birth_year <= 39 THEN '30-39'
             WHEN extract(year FROM p.start_date)::int - k.birth_year <= 49 THEN '40-49'
             ELSE '50+' END
        """;

    /// <summary>The SQL of each dimension over placements p, companies c and candidates k. Only these names reach SQL.</summary>
    private static readonly Dictionary<string, string> Expressions = new()
    {
        [Dimensions.Type] = "p.type",
        [Dimensions.Industry] = "coalesce(left(c.industry_code, 2), 'unknown')",
        [Dimensions.Company] = "c.id::text",
        [Dimensions.Year] = "to_char(p.start_date, 'YYYY')",
        [Dimensions.Quarter] = "to_char(p.start_date, 'YYYY-\"Q\"Q')",
        [Dimensions.Month] = "to_char(p.start_date, 'YYYY-MM')",
        [Dimensions.CountryOfOrigin] = "k.country_of_origin",
        [Dimensions.Gender] = "k.gender",
        [Dimensions.AgeBand] = AgeBandSql,
        [Dimensions.DanishTrack] = "coalesce(k.danish_course_track, 'none')",
        [Dimensions.ResidenceBasis] = "k.residence_basis",
    };

    public async Task<IReadOnlyList<GroupCounts>> CountPlacementsAsync(
        DateOnly from, DateOnly to, IReadOnlyList<string> groupBy, CancellationToken cancellationToken)
    {
        var keys = groupBy.Select((d, i) => $"{Expressions[d]} AS key{i}").ToList();
        var companyName = groupBy.Contains(Dimensions.Company) ? ", min(c.name) AS company_name" : "";
        var sets = groupBy.Count switch
        {
            0 => "(())",
            1 => $"(({Expressions[groupBy[0]]}), ())",
            _ => $"(({Expressions[groupBy[0]]}, {Expressions[groupBy[1]]}), ({Expressions[groupBy[0]]}), ({Expressions[groupBy[1]]}), ())",
        };
        var sql = $"""
            SELECT {string.Concat(keys.Select(key => key + ", "))}
                   {(groupBy.Count == 0 ? "0" : $"GROUPING({string.Join(", ", groupBy.Select(d => Expressions[d]))})")} AS grouping_mask,
                   count(*) AS placements,
                   count(DISTINCT p.candidate_id) AS candidates{companyName}
            FROM placements p
            JOIN companies c ON c.id = p.company_id
            JOIN candidates k ON k.id = p.candidate_id
            WHERE p.start_date BETWEEN @from AND @to
            GROUP BY GROUPING SETS {sets}
            """;

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("from", from);
            command.Parameters.AddWithValue("to", to);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var groups = new List<GroupCounts>();
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
                    if (groupBy[i] == Dimensions.Industry) labels[groupBy[i]] = NaceDivisions.NameOf(value);
                    if (groupBy[i] == Dimensions.Company) labels[groupBy[i]] = reader.GetString(reader.GetOrdinal("company_name"));
                }
                groups.Add(new GroupCounts(key, labels, new Dictionary<string, long>
                {
                    ["placements"] = reader.GetInt64(reader.GetOrdinal("placements")),
                    ["candidates"] = reader.GetInt64(reader.GetOrdinal("candidates")),
                }));
            }
            return groups;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }
}
