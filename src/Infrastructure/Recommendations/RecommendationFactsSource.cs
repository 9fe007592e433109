using Npgsql;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Recommendations;
using PartnerCrm.Domain.Partnerships;
using PartnerCrm.Domain.Placements;
using PartnerCrm.Infrastructure.Database;
using PartnerCrm.Infrastructure.Statistics;

namespace PartnerCrm.Infrastructure.Recommendations;

/// <summary>
/// The facts behind the recommendations, counted by PostgreSQL in two queries. A company that has ceased is not among
/// them, nor counted as an industry's partner: there is nothing left to recommend about it.
/// </summary>
public sealed class RecommendationFactsSource(ReadOnlyDatabase database) : IRecommendationFactsSource
{
    private static readonly string Internship = PlacementSql.Word(PlacementType.Internship);

    private static readonly string CompaniesSql = $"""
        SELECT c.id, c.name, left(c.industry_code, 2), s.status, s.start_date, coalesce(s.committed_slots_per_year, 0),
          (SELECT count(*) FROM placements p WHERE p.company_id = c.id AND p.start_date > @today - 365 AND p.start_date <= @today),
          (SELECT max(p.start_date) FROM placements p WHERE p.company_id = c.id AND p.start_date <= @today),
          (SELECT max((a.occurred_at AT TIME ZONE 'Europe/Copenhagen')::date) FROM activities a WHERE a.company_id = c.id),
          (SELECT count(*) FROM follow_ups f WHERE f.company_id = c.id AND f.milestone = '6m' AND f.status = 'completed'),
          (SELECT count(*) FROM follow_ups f WHERE f.company_id = c.id AND f.milestone = '6m' AND f.status = 'completed' AND f.outcome = 'employedSameCompany'),
          (SELECT count(*) FROM placements p WHERE p.company_id = c.id AND p.type = '{Internship}' AND {PlacementSql.IsEnded}),
          (SELECT count(*) FROM placements p WHERE p.company_id = c.id AND p.type = '{Internship}' AND {PlacementSql.IsEnded}
             AND {PlacementSql.Converted}),
          (SELECT count(*) FROM placements p WHERE p.company_id = c.id AND p.end_date IS NOT NULL),
          (SELECT count(*) FROM placements p WHERE p.company_id = c.id AND {PlacementSql.EndedEarly})
        FROM companies c
        LEFT JOIN partnerships s ON s.company_id = c.id AND s.status <> 'ended'
        WHERE (s.id IS NOT NULL OR EXISTS (SELECT 1 FROM placements p WHERE p.company_id = c.id))
          AND NOT {CompanySql.HasCeased()}
        """;

    private static readonly string IndustriesSql = $"""
        SELECT o.industry, o.followed_up, o.same_company,
               (SELECT count(*) FROM partnerships s JOIN companies pc ON pc.id = s.company_id
                 WHERE {PartnershipSql.IsActive} AND left(pc.industry_code, 2) = o.industry AND NOT {CompanySql.HasCeased("pc")})
        FROM (
          SELECT left(c.industry_code, 2) AS industry,
                 count(*) FILTER (WHERE f.status = 'completed') AS followed_up,
                 count(*) FILTER (WHERE f.status = 'completed' AND f.outcome = 'employedSameCompany') AS same_company
          FROM follow_ups f
          JOIN companies c ON c.id = f.company_id
          WHERE f.milestone = '6m' AND c.industry_code IS NOT NULL
          GROUP BY left(c.industry_code, 2)
        ) o
        """;

    /// <summary>
    /// The companies to approach in each industry (<see cref="RecruitIndustryRule"/>): in the register, still trading
    /// today, without a partnership that is not ended; the most employees first (unknown last), then by name.
    /// </summary>
    private static readonly string CompaniesToApproachSql = $"""
        SELECT industry, id, cvr, name, employee_count
        FROM (
          SELECT left(c.industry_code, 2) AS industry, c.id, c.cvr, c.name, c.employee_count,
                 row_number() OVER (PARTITION BY left(c.industry_code, 2) ORDER BY c.employee_count DESC NULLS LAST, c.name, c.id) AS place
          FROM companies c
          WHERE left(c.industry_code, 2) = ANY(@industries)
            AND {CompanySql.IsInRegister}
            AND NOT {CompanySql.HasCeased()}
            AND NOT EXISTS (SELECT 1 FROM partnerships s WHERE s.company_id = c.id AND s.status <> '{PlacementSql.Word(PartnershipStatus.Ended)}')
        ) ranked
        WHERE place <= @perIndustry
        ORDER BY industry, place
        """;

    public async Task<RecommendationFacts> GatherAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);

        var companies = new List<CompanyFacts>();
        await using (var command = new NpgsqlCommand(CompaniesSql, connection))
        {
            command.Parameters.AddWithValue("today", today);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                companies.Add(new CompanyFacts(
                    reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : EnumNaming.ValueOf<PartnershipStatus>(reader.GetString(3)),
                    reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4), reader.GetInt32(5), reader.GetInt64(6),
                    reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8),
                    reader.GetInt64(9), reader.GetInt64(10), reader.GetInt64(11), reader.GetInt64(12), reader.GetInt64(13), reader.GetInt64(14)));
        }

        var industries = new List<IndustryFacts>();
        await using (var command = new NpgsqlCommand(IndustriesSql, connection))
        {
            command.Parameters.AddWithValue("today", today);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var industry = reader.GetString(0);
                industries.Add(new IndustryFacts(industry, Industries.NameOf(industry), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
            }
        }

        var toApproach = new List<(string Industry, CompanyToApproach Company)>();
        await using (var command = new NpgsqlCommand(CompaniesToApproachSql, connection))
        {
            command.Parameters.AddWithValue("today", today);
            command.Parameters.AddWithValue("industries", industries.Select(i => i.Industry).ToArray());
            command.Parameters.AddWithValue("perIndustry", (long)RecruitIndustryRule.CompaniesToApproach);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                toApproach.Add((reader.GetString(0), new CompanyToApproach(
                    reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt32(4))));
        }
        var byIndustry = toApproach.ToLookup(c => c.Industry, c => c.Company);
        return new RecommendationFacts(today, companies,
            industries.Select(industry => industry with { CompaniesToApproach = byIndustry[industry.Industry].ToList() }).ToList());
    }
}
