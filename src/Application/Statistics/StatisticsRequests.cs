using FluentValidation;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Statistics.Files;
using PartnerCrm.Domain.Auditing;

namespace PartnerCrm.Application.Statistics;

/// <summary>A period of placement start dates, both ends inclusive and both optional.</summary>
public interface IPeriodRequest
{
    DateOnly? From { get; }
    DateOnly? To { get; }
}

/// <summary>
/// What every statistics route takes: the period of placement start dates and the format; for a file, the
/// CSV delimiter (<c>comma</c> or <c>semicolon</c>) and the language of its words (<c>da</c> or <c>en</c>).
/// </summary>
public interface IStatisticsRequest : IPeriodRequest
{
    string? Format { get; }

    string? Delimiter { get; }

    string? Lang { get; }
}

public static class StatisticsRequests
{
    public static void ValidatePeriod<T>(this AbstractValidator<T> validator) where T : IPeriodRequest
    {
        validator.RuleFor(q => q.From).InDateRange();
        validator.RuleFor(q => q.To).InDateRange();
        validator.RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' is on or after 'from'.").WithErrorCode("ToBeforeFrom");
    }

    public static void ValidatePeriodAndFormat<T>(this AbstractValidator<T> validator) where T : IStatisticsRequest
    {
        validator.ValidatePeriod();
        validator.RuleFor(q => q.Format).MustBeOneOf(Formats.Json, Formats.Csv, Formats.Xlsx);
        validator.ValidateFileChoices();
    }

    /// <summary>The CSV delimiter and the language of a file's words, each optional.</summary>
    public static void ValidateFileChoices<T>(this AbstractValidator<T> validator) where T : IStatisticsRequest
    {
        validator.RuleFor(q => q.Delimiter).OneOf([Delimiters.Comma, Delimiters.Semicolon]);
        validator.RuleFor(q => q.Lang).OneOf([Languages.Danish, Languages.English]);
    }

    public static void ValidateGroupBy<T>(this AbstractValidator<T> validator, Func<T, string?> groupBy) =>
        validator.RuleFor(q => groupBy(q))
            .Text(100)
            .Must(Dimensions.AreValid)
            .OverridePropertyName("groupBy")
            .WithMessage($"Group by up to two different dimensions of: {string.Join(", ", Dimensions.All)}.").WithErrorCode("GroupBy");

    /// <summary>The period asked for: from the first placement to today unless narrowed.</summary>
    public static (DateOnly From, DateOnly To) Period(this IPeriodRequest request, TimeProvider clock) =>
        (request.From ?? DateOnly.MinValue, request.To ?? clock.Today());

    /// <summary>A file (CSV, XLSX) leaves the system: it is recorded in the audit trail.</summary>
    public static async Task AuditIfFileAsync(this IAppDbContext db, IStatisticsRequest request, CancellationToken cancellationToken)
    {
        if (Formats.FileOf(request.Format) is null) return;
        db.AuditEntries.Add(AuditEntry.Of(AuditActions.Export, "statistics", null));
        await db.SaveChangesAsync(cancellationToken);
    }
}
