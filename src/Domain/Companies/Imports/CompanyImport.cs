using PartnerCrm.Domain.Auditing;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Companies.Imports;

public enum ImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>
/// A row of the file that was not imported: its line in the file, the column at fault (as the file's header names
/// it) when there is one, why as a stable code, and why in words.
/// </summary>
public sealed record InvalidRow(int Line, string? Column, string Code, string Reason);

/// <summary>What an import did with the file's rows. Every row read is created, updated, unchanged or invalid.</summary>
public sealed record ImportCounts(int RowsRead, int Created, int Updated, int Unchanged, int Invalid);

/// <summary>
/// An upload of the CVR register's extract (or a spreadsheet of the same columns), imported in the background.
/// The file is kept with the job until it has finished, so an import survives a restart of the API: a job whose
/// instance stopped is taken up again and applied from the start. It is applied in one transaction, so it is
/// applied whole or not at all, and the job says which.
/// </summary>
public sealed class CompanyImport : Entity
{
    /// <summary>How many times a job is started before it is failed: a file that stops the API each time is not tried for ever.</summary>
    public const int MaxAttempts = 3;

    /// <summary>How many invalid rows a job keeps to show; the count covers them all.</summary>
    public const int KeptInvalidRows = 1000;

    /// <summary>How many unknown header names a job keeps to show.</summary>
    public const int KeptIgnoredColumns = 50;

    private CompanyImport(string fileName, bool dryRun, byte[] content)
    {
        FileName = fileName;
        DryRun = dryRun;
        Content = content;
    }

    public string FileName { get; private set; }

    /// <summary>A dry run reads, checks and counts as an import does, then leaves the data as it was.</summary>
    public bool DryRun { get; private set; }

    /// <summary>The uploaded bytes, kept until the job has finished.</summary>
    public byte[]? Content { get; private set; }

    public ImportStatus Status { get; private set; } = ImportStatus.Queued;
    public int Attempts { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public ImportCounts? Counts { get; private set; }
    public List<InvalidRow> InvalidRows { get; private set; } = [];

    /// <summary>Columns of the file's header that the import does not know and left out.</summary>
    public List<string> IgnoredColumns { get; private set; } = [];

    /// <summary>Why a failed job failed, in words for the person who uploaded the file.</summary>
    public string? FailureReason { get; private set; }

    public static CompanyImport Submit(string fileName, byte[] content, bool dryRun) => new(fileName, dryRun, content);

    /// <summary>Counts a start; false, and the job failed, when it has been started too often without finishing.</summary>
    public bool TryStart(DateTimeOffset now)
    {
        if (Status is ImportStatus.Completed or ImportStatus.Failed)
            throw new InvalidOperationException($"Import {Id} has finished.");
        if (Attempts >= MaxAttempts)
        {
            Fail($"The import was started {Attempts} times and stopped each time before it finished, so it was given up. Nothing from it was applied.", now);
            return false;
        }
        Attempts++;
        Status = ImportStatus.Running;
        StartedAt = now;
        return true;
    }

    public void Complete(ImportCounts counts, IEnumerable<InvalidRow> invalidRows, IEnumerable<string> ignoredColumns, DateTimeOffset now)
    {
        Status = ImportStatus.Completed;
        Counts = counts;
        InvalidRows = invalidRows.Take(KeptInvalidRows).ToList();
        IgnoredColumns = ignoredColumns.Take(KeptIgnoredColumns).ToList();
        FinishedAt = now;
        Content = null;
        NameChange(AuditActions.Complete, Describe(counts));
    }

    public void Fail(string reason, DateTimeOffset now)
    {
        Status = ImportStatus.Failed;
        FailureReason = reason;
        FinishedAt = now;
        Content = null;
        NameChange(AuditActions.StatusChange, "failed");
    }

    private string Describe(ImportCounts counts) =>
        $"{(DryRun ? "dry run: " : "")}{counts.RowsRead} rows read, {counts.Created} created, {counts.Updated} updated, {counts.Unchanged} unchanged, {counts.Invalid} invalid";
}
