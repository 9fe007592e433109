using Mediator;
using Microsoft.AspNetCore.Http.Features;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.ExportPlacements;
using PartnerCrm.Api.OpenApi;
using PartnerCrm.Application.Statistics.ConversionStatistics;
using PartnerCrm.Application.Statistics.PlacementStatistics;
using PartnerCrm.Application.Statistics.RetentionStatistics;
using PartnerCrm.Application.Statistics.Summary;
using PartnerCrm.Infrastructure.Exports;

namespace PartnerCrm.Api.Endpoints;

/// <summary>Figures the committee can publish: every count of persons passes disclosure control.</summary>
public static class StatisticsEndpoints
{
    private const string Csv = "text/csv; charset=utf-8";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapStatistics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/statistics/placements", Placements).WithTags("Statistics").RequireAuthorization(Policies.CrmRead)
            .WithSummary("Placements and candidates by up to two dimensions")
            .WithDescription(
                "from and to are placement start dates (inclusive). groupBy: up to two of type, industry, company, year, quarter, month, " +
                "countryOfOrigin, gender, ageBand, danishTrack, residenceBasis. format: json (default), csv or xlsx. Counts below " +
                "minCellSize are hidden, and further counts where a hidden one could be worked out from the totals.")
            .ProducesTable<StatisticsJson>();
        app.MapGet("/api/v1/statistics/retention", Retention).WithTags("Statistics").RequireAuthorization(Policies.CrmRead)
            .WithSummary("Retention 3, 6 or 12 months after the start")
            .WithDescription(
                "milestone: 3m, 6m (default) or 12m. Among completed follow-ups at that milestone: retentionRate (same company), " +
                "employmentRate (any company), selfSufficiencyRate (employed or in education); due and followedUp show coverage. " +
                "Same from, to, groupBy and format as placements; rates are null when a count they use is hidden.")
            .ProducesTable<StatisticsJson>();
        app.MapGet("/api/v1/statistics/conversion", Conversion).WithTags("Statistics").RequireAuthorization(Policies.CrmRead)
            .WithSummary("Internships followed by paid work within 90 days")
            .WithDescription("Internships starting in the period that have ended and whose 90 days have passed (or that already converted).")
            .ProducesTable<StatisticsJson>();
        app.MapGet("/api/v1/statistics/summary", Summary).WithTags("Statistics").RequireAuthorization(Policies.CrmRead)
            .WithSummary("Headline figures")
            .WithDescription("Active partnerships, open internship places, active placements, overdue follow-ups, placements this year, 6-month retention, median days from arrival to first placement, follow-up compliance and slot use.")
            .ProducesTable<SummaryDto>();
        app.MapGet("/api/v1/exports/placements", Export).WithTags("Statistics").RequireAuthorization(Policies.Exports)
            .WithSummary("Export one pseudonymous row per placement")
            .WithDescription("format: csv (default) or xlsx. Each candidate has a stable pseudonym; never a name, case reference or notes. Streamed; audited.")
            .Produces(StatusCodes.Status200OK, contentType: Csv)
            .Produces(StatusCodes.Status200OK, contentType: Xlsx)
            .Problems(400);
        return app;
    }

    /// <summary>The answers of a figures route: JSON, or the same figures as a CSV or XLSX file; 400 for bad parameters.</summary>
    private static RouteHandlerBuilder ProducesTable<TJson>(this RouteHandlerBuilder route) => route
        .Produces<TJson>()
        .Produces(StatusCodes.Status200OK, contentType: Csv)
        .Produces(StatusCodes.Status200OK, contentType: Xlsx)
        .Problems(400);

    private static async Task<IResult> Placements(
        DateOnly? from, DateOnly? to, string? groupBy, string? format, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
        Table(await mediator.Send(new PlacementStatisticsQuery(from, to, groupBy, format), cancellationToken), "placements", format, http, cancellationToken);

    private static async Task<IResult> Retention(
        DateOnly? from, DateOnly? to, string? milestone, string? groupBy, string? format, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
        Table(await mediator.Send(new RetentionStatisticsQuery(from, to, milestone, groupBy, format), cancellationToken), $"retention-{milestone ?? "6m"}", format, http, cancellationToken);

    private static async Task<IResult> Conversion(
        DateOnly? from, DateOnly? to, string? groupBy, string? format, IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
        Table(await mediator.Send(new ConversionStatisticsQuery(from, to, groupBy, format), cancellationToken), "conversion", format, http, cancellationToken);

    private static async Task<IResult> Summary(DateOnly? from, DateOnly? to, string? format, IMediator mediator, HttpContext http, CancellationToken cancellationToken)
    {
        var summary = await mediator.Send(new SummaryQuery(from, to, format), cancellationToken);
        if (format is null or "json") return TypedResults.Ok(summary);
        // A missing count of persons was hidden ("<5"); a missing share or median has nothing to show ("").
        string[] counts = ["activePlacements", "overdueFollowUps", "placementsThisYear", "sixMonthFollowedUp", "placementsAtActivePartnershipsLast12Months"];
        var figures = System.Text.Json.JsonSerializer.SerializeToElement(summary, Json.Options);
        object?[][] rows = [.. figures.EnumerateObject().Select(f => new object?[]
        {
            f.Name,
            f.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? (counts.Contains(f.Name) ? $"<{summary.MinCellSize}" : "") : f.Value.ToString(),
        })];
        return File(["figure", "value"], rows, $"summary-{FileDates(summary.From ?? DateOnly.MinValue, summary.To)}", "Summary", format, http, cancellationToken);
    }

    /// <summary>A table as JSON, or as a CSV or XLSX file named after the figures and the period.</summary>
    private static IResult Table(StatisticsTable table, string name, string? format, HttpContext http, CancellationToken cancellationToken)
    {
        if (format is null or "json") return TypedResults.Ok(StatisticsJson.Of(table));
        var (header, rows) = TableFiles.Flatten(table);
        return File(header, rows, $"{name}-{FileDates(table.From, table.To)}", name, format, http, cancellationToken);
    }

    private static string FileDates(DateOnly from, DateOnly to) =>
        from == DateOnly.MinValue ? $"until-{to:yyyy-MM-dd}" : $"{from:yyyy-MM-dd}-{to:yyyy-MM-dd}";

    private static IResult File(
        IReadOnlyList<string> header, IReadOnlyList<object?[]> rows, string name, string sheet, string format, HttpContext http, CancellationToken cancellationToken)
    {
        if (format == "csv")
            return Results.Stream(stream => TableFiles.WriteCsvAsync(stream, header, rows.ToAsyncEnumerable(), cancellationToken), Csv, $"{name}.csv");
        AllowSpreadsheetWriter(http);
        return Results.Stream(stream => TableFiles.WriteXlsxAsync(stream, sheet, header, rows, cancellationToken), Xlsx, $"{name}.xlsx");
    }

    /// <summary>The spreadsheet writer writes synchronously; rows still stream from the database as they are written.</summary>
    private static void AllowSpreadsheetWriter(HttpContext http) =>
        http.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;

    private static async Task<IResult> Export(string? format, IMediator mediator, HttpContext http, CancellationToken cancellationToken)
    {
        if (format is not (null or "csv" or "xlsx"))
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("format", "Use csv or xlsx.")]);
        var source = await mediator.Send(new ExportPlacementsQuery(format ?? "csv"), cancellationToken);
        if (format is null or "csv")
            return Results.Stream(stream => TableFiles.WriteCsvAsync(stream, source.Header, source.ReadAsync(cancellationToken), cancellationToken), Csv, "placements.csv");

        AllowSpreadsheetWriter(http);
        return Results.Stream(
            stream => TableFiles.WriteXlsxAsync(stream, "Placements", source.Header, source.ReadAsync(cancellationToken).ToBlockingEnumerable(cancellationToken), cancellationToken),
            Xlsx, "placements.xlsx");
    }
}
