using System.Linq.Expressions;
using PartnerCrm.Domain.Companies.Imports;

namespace PartnerCrm.Application.Companies.Imports;

/// <summary>How far a running import has come: rows read of the rows in the file, and whether it is reading them or writing.</summary>
public sealed record ImportProgressDto(ImportPhase Phase, int RowsRead, int RowsTotal);

/// <summary>An import job as the API shows it. The counts are null until it has completed.</summary>
public sealed record CompanyImportDto
{
    public required Guid Id { get; init; }
    public required string FileName { get; init; }
    public required bool DryRun { get; init; }
    public required ImportStatus Status { get; init; }
    public int? RowsRead { get; init; }
    public int? Created { get; init; }
    public int? Updated { get; init; }
    public int? Unchanged { get; init; }
    public int? Invalid { get; init; }

    /// <summary>The first <see cref="CompanyImport.KeptInvalidRows"/> invalid rows, in the order of the file.</summary>
    public required IReadOnlyList<InvalidRow> InvalidRows { get; init; }

    public required IReadOnlyList<string> IgnoredColumns { get; init; }
    public string? FailureReason { get; init; }
    public required int Attempts { get; init; }

    /// <summary>How far a running import has come; null when it is not running.</summary>
    public ImportProgressDto? Progress { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The job as shown, for queries: read without the uploaded file.</summary>
    public static readonly Expression<Func<CompanyImport, CompanyImportDto>> Projection = job => new CompanyImportDto
    {
        Id = job.Id,
        FileName = job.FileName,
        DryRun = job.DryRun,
        Status = job.Status,
        RowsRead = job.Counts == null ? null : job.Counts.RowsRead,
        Created = job.Counts == null ? null : job.Counts.Created,
        Updated = job.Counts == null ? null : job.Counts.Updated,
        Unchanged = job.Counts == null ? null : job.Counts.Unchanged,
        Invalid = job.Counts == null ? null : job.Counts.Invalid,
        InvalidRows = job.InvalidRows,
        IgnoredColumns = job.IgnoredColumns,
        FailureReason = job.FailureReason,
        Attempts = job.Attempts,
        CreatedAt = job.CreatedAt,
        StartedAt = job.StartedAt,
        FinishedAt = job.FinishedAt,
    };

    private static readonly Func<CompanyImport, CompanyImportDto> Show = Projection.Compile();

    public static CompanyImportDto Of(CompanyImport job) => Show(job);
}
