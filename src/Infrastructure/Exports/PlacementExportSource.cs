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
               {Outcome("3m")}.outcome, {Outcome("6m")}.outcome, {Outcome("12m")}.outcome
        FROM placements p
        JOIN companies c ON c.id = p.company_id
        JOIN candidates k ON k.id = p.candidate_id
        {OutcomeJoin("3m")}
        {OutcomeJoin("6m")}
        {OutcomeJoin("12m")}
        WHERE p.start_date BETWEEN @from AND @to
        ORDER BY p.start_date, p.id
        """;

    /// <summary>The completed follow-up at a milestone, joined once for all placements (from the milestone index), not looked up per row.</summary>
    private static string OutcomeJoin(string milestone) =>
        $"LEFT JOIN follow_ups {Outcome(milestone)} ON {Outcome(milestone)}.placement_id = p.id AND {Outcome(milestone)}.milestone = '{milestone}' AND {Outcome(milestone)}.status = 'completed'";

    private static string Outcome(string milestone) => "f" + milestone;

    public async IAsyncEnumerable<object?[]> ReadAsync(DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await DatabaseFailures.TranslateAsync(async () => await database.OpenConnectionAsync(cancellationToken));
        // One transaction, so the query gets the memory to join and sort in memory.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await using (var settings = new NpgsqlCommand("SET LOCAL work_mem = '256MB'", connection, transaction))
            await settings.ExecuteNonQueryAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.AddWithValue("today", clock.Today());
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        // Rows are small: each is read whole into the buffer, then its columns are taken without waiting.
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[Header.Count];
            row[0] = key.Of(reader.GetGuid(0));
            for (var i = 1; i <= 14; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            row[15] = Industries.NameOf(row[14] as string);
            for (var i = 16; i <= 20; i++) row[i] = reader.IsDBNull(i - 1) ? null : reader.GetValue(i - 1);
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
