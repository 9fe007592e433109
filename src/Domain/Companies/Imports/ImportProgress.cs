namespace PartnerCrm.Domain.Companies.Imports;

/// <summary>What a running import has done so far, for the progress bar.</summary>
public enum ImportPhase
{
    /// <summary>Reading and checking the file's rows.</summary>
    Reading,

    /// <summary>Merging the rows with the companies and workplaces already there, and writing them.</summary>
    Writing,
}

/// <summary>
/// How far a running import has come. It is written outside the import's own transaction, which nobody sees
/// until it commits, and means nothing once the job has finished.
/// </summary>
public sealed class ImportProgress
{
    public Guid ImportId { get; init; }
    public ImportPhase Phase { get; init; }
    public int RowsRead { get; init; }
    public int RowsTotal { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
