using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Npgsql;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Statistics.ExportPlacements;
using PartnerCrm.Infrastructure.Persistence;
using PartnerCrm.Infrastructure.Database;
using PartnerCrm.Infrastructure.Statistics;

namespace PartnerCrm.Infrastructure.Exports;

/// <summary>
/// Streams placements straight from a data reader (no EF materialisation, no retry buffering), so an
/// export of any size uses the same small amount of memory. The pseudonym is an HMAC of the candidate's
/// id under <c>Exports:PseudonymKey</c>: stable across exports, meaningless without the key.
/// </summary>
public sealed class PlacementExportSource(ReadOnlyDatabase database, PseudonymKey key, TimeProvider clock) : IPlacementExportSource
{
    public IReadOnlyList<string> Header { get; } =
    [
        "candidate", "type", "startDate", "plannedEndDate", "endDate", "endReason", "status", "hoursPerWeek",
        "ageBand", "gender", "countryOfOrigin", "residenceBasis", "danishTrack", "educationLevel",
        "industry", "industryName", "sector", "partnership", "outcome3m", "outcome6m", "outcome12m",
    ];

    private static readonly string Sql = $"""
        SELECT p.candidate_id, p.type, p.start_date, p.planned_end_date, p.end_date, p.end_reason,
               {PlacementSql.Status},
               p.hours_per_week,
               {PlacementSql.AgeBand},
               k.gender, k.country_of_origin, k.residence_basis, coalesce(k.danish_course_track, 'none'), k.education_level,
               coalesce(left(c.industry_code, 2), 'unknown'), c.sector, CASE WHEN p.partnership_id IS NULL THEN 'false' ELSE 'true' END,
               (SELECT f.outcome FROM follow_ups f WHERE f.placement_id = p.id AND f.milestone = '3m' AND f.status = 'completed'),
               (SELECT f.outcome FROM follow_ups f WHERE f.placement_id = p.id AND f.milestone = '6m' AND f.status = 'completed'),
               (SELECT f.outcome FROM follow_ups f WHERE f.placement_id = p.id AND f.milestone = '12m' AND f.status = 'completed')
        FROM placements p
        JOIN companies c ON c.id = p.company_id
        JOIN candidates k ON k.id = p.candidate_id
        WHERE p.start_date BETWEEN @from AND @to
        ORDER BY p.start_date, p.id
        """;

    public async IAsyncEnumerable<object?[]> ReadAsync(DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await DatabaseFailures.TranslateAsync(async () => await database.OpenConnectionAsync(cancellationToken));
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("today", clock.Today());
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[Header.Count];
            row[0] = key.Of(reader.GetGuid(0));
            for (var i = 1; i <= 14; i++) row[i] = await reader.IsDBNullAsync(i, cancellationToken) ? null : reader.GetValue(i);
            row[15] = Industries.NameOf(row[14] as string);
            for (var i = 16; i <= 20; i++) row[i] = await reader.IsDBNullAsync(i - 1, cancellationToken) ? null : reader.GetValue(i - 1);
            yield return row;
        }
    }
}

/// <summary>The key behind export pseudonyms (<c>Exports:PseudonymKey</c>, at least 32 characters).</summary>
public sealed class PseudonymKey(string secret)
{
    private readonly byte[] _key = secret.Length >= 32
        ? System.Text.Encoding.UTF8.GetBytes(secret)
        : throw new InvalidOperationException("Exports:PseudonymKey must be at least 32 characters long.");

    public string Of(Guid candidateId) =>
        "P" + Convert.ToHexString(HMACSHA256.HashData(_key, candidateId.ToByteArray()))[..16];

    /// <summary>An employer's name for a referred candidate: per referral, and from another input than <see cref="Of"/>, so the two never meet.</summary>
    public string AliasOf(Guid referralId) =>
        "Kandidat " + Convert.ToHexString(HMACSHA256.HashData(_key, (byte[])[.. "referral:"u8, .. referralId.ToByteArray()]))[..6];
}

/// <summary>Aliases of referred candidates, from the pseudonym key.</summary>
public sealed class CandidateAliases(PseudonymKey key) : Application.Referrals.ICandidateAliases
{
    public string AliasOf(Guid referralId) => key.AliasOf(referralId);
}
