using FluentValidation;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Auditing;

namespace PartnerCrm.Application.Statistics;

/// <summary>What every statistics route takes: the period of placement start dates, the grouping and the format.</summary>
public interface IStatisticsRequest
{
    DateOnly? From { get; }
    DateOnly? To { get; }
    string? Format { get; }
}

public static class StatisticsRequests
{
    public static readonly string[] Formats = ["json", "csv", "xlsx"];

    public static void ValidatePeriodAndFormat<T>(this AbstractValidator<T> validator) where T : IStatisticsRequest
    {
        validator.RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
        validator.RuleFor(q => q.Format).Must(format => format is null || Formats.Contains(format)).WithMessage("Use json, csv or xlsx.");
    }

    public static void ValidateGroupBy<T>(this AbstractValidator<T> validator, Func<T, string?> groupBy) =>
        validator.RuleFor(q => groupBy(q))
            .Must(Dimensions.AreValid)
            .OverridePropertyName("groupBy")
            .WithMessage($"Group by up to two different dimensions of: {string.Join(", ", Dimensions.All)}.");

    /// <summary>The period asked for: from the first placement to today unless narrowed.</summary>
    public static (DateOnly From, DateOnly To) Period(this IStatisticsRequest request, TimeProvider clock) =>
        (request.From ?? DateOnly.MinValue, request.To ?? clock.Today());

    /// <summary>A file (CSV, XLSX) leaves the system: it is recorded in the audit trail.</summary>
    public static async Task AuditIfFileAsync(this IAppDbContext db, IStatisticsRequest request, CancellationToken cancellationToken)
    {
        if (request.Format is not ("csv" or "xlsx")) return;
        db.AuditEntries.Add(AuditEntry.Of(AuditActions.Export, "statistics", null));
        await db.SaveChangesAsync(cancellationToken);
    }
}
