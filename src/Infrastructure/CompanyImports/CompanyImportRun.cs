using Npgsql;
using NpgsqlTypes;
using PartnerCrm.Application.Companies.Imports;
using PartnerCrm.Domain.Companies.Imports;

namespace PartnerCrm.Infrastructure.CompanyImports;

/// <summary>
/// Applies one extract, set-based, inside the transaction the caller opened on <paramref name="connection"/>: the
/// checked rows go into a staging table by binary COPY, the companies and workplaces as they will be are worked
/// out in one statement each (<see cref="RegisterField"/>), and then written with one INSERT and one UPDATE per
/// table. A dry run works everything out the same way and writes nothing.
/// </summary>
public sealed class CompanyImportRun(NpgsqlConnection connection, Func<ImportPhase, int, Task> reportProgress)
{
    /// <summary>How many rows are read between two reports of progress.</summary>
    public const int ProgressEvery = 5_000;

    private static readonly string CompanyRecord = RegisterField.RecordOf(RegisterField.OfCompany, "f");
    private static readonly string WorkplaceRecord = RegisterField.RecordOf(RegisterField.OfWorkplace, "f");

    public sealed record Result(ImportCounts Counts, IReadOnlyList<InvalidRow> InvalidRows, IReadOnlyList<string> IgnoredColumns);

    public async Task<Result> ApplyAsync(CvrExtract extract, bool dryRun, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await ExecuteAsync("""
            CREATE TEMP TABLE import_rows (
                line integer NOT NULL, company_id uuid NOT NULL, workplace_id uuid NOT NULL,
                cvr text NOT NULL, name text NOT NULL, street text, postal_code text, city text,
                industry_code text, employee_count integer, ceased_on date, p_number text) ON COMMIT DROP
            """, cancellationToken);

        var invalid = new List<InvalidRow>();
        var invalidCount = 0;
        var rowsRead = 0;
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY import_rows (line, company_id, workplace_id, cvr, name, street, postal_code, city, industry_code, employee_count, ceased_on, p_number) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var (row, refused) in extract.Rows())
            {
                if (++rowsRead % ProgressEvery == 0) await reportProgress(ImportPhase.Reading, rowsRead);
                if (refused is not null)
                {
                    invalidCount++;
                    if (invalid.Count < CompanyImport.KeptInvalidRows) invalid.Add(refused);
                    continue;
                }
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(row!.Line, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(row.Cvr.Value, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Name, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Address?.Street, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Address?.PostalCode.Value, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Address?.City, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.IndustryCode?.Value, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.EmployeeCount, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(row.CeasedOn, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(row.PNumber?.Value, NpgsqlDbType.Text, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        await reportProgress(ImportPhase.Writing, rowsRead);

        // Consultants' edits wait for the few seconds the merge takes, so none is worked out from a value it then overwrites.
        await ExecuteAsync("LOCK TABLE companies, workplaces IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        await ExecuteAsync(CompanyChangesSql, cancellationToken);
        await ExecuteAsync(WorkplaceChangesSql, cancellationToken);
        if (!dryRun)
        {
            await ExecuteAsync(WriteSql, cancellationToken, new NpgsqlParameter("now", now));
        }

        var outcomes = new int[3];
        await using (var count = new NpgsqlCommand(OutcomesSql, connection))
        await using (var reader = await count.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) outcomes[reader.GetInt32(0)] = (int)reader.GetInt64(1);
        }
        var counts = new ImportCounts(rowsRead, Created: outcomes[2], Updated: outcomes[1], Unchanged: outcomes[0], Invalid: invalidCount);
        return new Result(counts, invalid, extract.IgnoredColumns);
    }

    /// <summary>Each company of the file (its first row) merged with the company the CRM has; outcome 2 new, 1 changed, 0 unchanged.</summary>
    private static readonly string CompanyChangesSql = $"""
        CREATE TEMP TABLE company_changes ON COMMIT DROP AS
        WITH file AS (
            SELECT DISTINCT ON (cvr) * FROM import_rows ORDER BY cvr, line),
        merged AS (
            SELECT f.line, f.cvr, coalesce(c.id, f.company_id) AS id, c.id IS NULL AS is_new,
                   {CompanyRecord} AS record, c.register_record AS old_record,
                   {string.Join(",\n               ", RegisterField.OfCompany.SelectMany(field => field.Merged("c", "f").Concat(field.Old("c"))))}
            FROM file f LEFT JOIN companies c ON c.cvr = f.cvr)
        SELECT *, CASE WHEN is_new THEN 2 WHEN {RegisterField.Changed(RegisterField.OfCompany)} THEN 1 ELSE 0 END AS outcome
        FROM merged
        """;

    /// <summary>Each workplace of the file merged with the one the CRM has; a P-number the register moved to another company moves with it.</summary>
    private static readonly string WorkplaceChangesSql = $"""
        CREATE TEMP TABLE workplace_changes ON COMMIT DROP AS
        WITH file AS (
            SELECT r.*, cc.id AS owner_id FROM import_rows r JOIN company_changes cc ON cc.cvr = r.cvr WHERE r.p_number IS NOT NULL),
        merged AS (
            SELECT f.line, f.p_number, coalesce(w.id, f.workplace_id) AS id, w.id IS NULL AS is_new,
                   f.owner_id AS company_id, w.company_id AS old_company_id,
                   {WorkplaceRecord} AS record, w.register_record AS old_record,
                   {string.Join(",\n               ", RegisterField.OfWorkplace.SelectMany(field => field.Merged("w", "f").Concat(field.Old("w"))))}
            FROM file f LEFT JOIN workplaces w ON w.p_number = f.p_number)
        SELECT *, CASE WHEN is_new THEN 2 WHEN company_id <> old_company_id OR {RegisterField.Changed(RegisterField.OfWorkplace)} THEN 1 ELSE 0 END AS outcome
        FROM merged
        """;

    private static readonly string[] CompanyColumns = RegisterField.OfCompany.SelectMany(f => f.Columns).ToArray();
    private static readonly string[] WorkplaceColumns = RegisterField.OfWorkplace.SelectMany(f => f.Columns).ToArray();

    private static readonly string WriteSql = $"""
        INSERT INTO companies (id, cvr, sector, register_record, created_at, updated_at, {string.Join(", ", CompanyColumns)})
        SELECT id, cvr, 'private', record, @now, @now, {string.Join(", ", CompanyColumns)} FROM company_changes WHERE outcome = 2;
        UPDATE companies c SET register_record = x.record, updated_at = @now, {string.Join(", ", CompanyColumns.Select(col => $"{col} = x.{col}"))}
        FROM company_changes x WHERE c.id = x.id AND x.outcome = 1;
        INSERT INTO workplaces (id, company_id, p_number, register_record, created_at, updated_at, {string.Join(", ", WorkplaceColumns)})
        SELECT id, company_id, p_number, record, @now, @now, {string.Join(", ", WorkplaceColumns)} FROM workplace_changes WHERE outcome = 2;
        UPDATE workplaces w SET company_id = x.company_id, register_record = x.record, updated_at = @now, {string.Join(", ", WorkplaceColumns.Select(col => $"{col} = x.{col}"))}
        FROM workplace_changes x WHERE w.id = x.id AND x.outcome = 1;
        """;

    /// <summary>
    /// Each checked row's outcome: the strongest of its company's (on the company's first row) and its workplace's,
    /// so every row read is counted once as created, updated, unchanged or invalid.
    /// </summary>
    private const string OutcomesSql = """
        SELECT greatest(CASE WHEN cc.line = r.line THEN cc.outcome ELSE 0 END, coalesce(wc.outcome, 0)) AS outcome, count(*)
        FROM import_rows r
        JOIN company_changes cc ON cc.cvr = r.cvr
        LEFT JOIN workplace_changes wc ON wc.line = r.line
        GROUP BY 1
        """;

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
