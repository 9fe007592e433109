using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnerCrm.Infrastructure.Persistence;

namespace PartnerCrm.Infrastructure.Statistics;

/// <summary>SQL the statistics, the export and the recommendations share, over a placement <c>p</c> and its candidate <c>k</c>.</summary>
public static class PlacementSql
{
    /// <summary>Age at the placement's start (by year of birth) in the bands 18–24, 25–29, 30–39, 40–49, 50+.</summary>
    public const string AgeBand = """
        CASE WHEN extract(year FROM p.start_date)::int - k.birth_year < 18 THEN 'under18'
             WHEN extract(year FROM p.start_date)::int - k.birth_year <= 24 THEN '18-24'
             WHEN extract(year FROM p.start_date)::int - k.birth_year <= 29 THEN '25-29'
             WHEN extract(year FROM p.start_date)::int - k.birth_year <= 39 THEN '30-39'
             WHEN extract(year FROM p.start_date)::int - k.birth_year <= 49 THEN '40-49'
             ELSE '50+' END
        """;

    /// <summary>
    /// Whether internship <c>p</c> converted: the same person started a paid placement (wage subsidy, IGU,
    /// ordinary job, apprenticeship) from the internship's start until 90 days after its end, by <c>@today</c>.
    /// </summary>
    public const string Converted = """
        EXISTS (SELECT 1 FROM placements q
                WHERE q.candidate_id = p.candidate_id
                  AND q.type IN ('wageSubsidy', 'igu', 'ordinaryEmployment', 'apprenticeship')
                  AND q.start_date >= p.start_date
                  AND q.start_date <= coalesce(p.end_date, p.planned_end_date) + 90
                  AND q.start_date <= @today)
        """;

    /// <summary>The request's own connection, opened; EF Core closes it when the request's context is disposed.</summary>
    public static async Task<NpgsqlConnection> OpenConnectionAsync(this AppDbContext db, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(cancellationToken);
        return connection;
    }
}
