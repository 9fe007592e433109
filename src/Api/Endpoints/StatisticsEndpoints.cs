using Mediator;
using Microsoft.AspNetCore.Http.Features;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.ExportPlacements;
using PartnerCrm.Application.Statistics.PlacementStatistics;
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
            .Produces<StatisticsJson>()
            .Produces(StatusCodes.Status200OK, contentType: Csv)
            .Produces(StatusCodes.Status200OK, contentType: Xlsx)
            .Problems(400);
        app.MapGet("/api/v1/exports/placements", Export).WithTags("Statistics").RequireAuthorization(Policies.Exports)
            .WithSummary("Export one pseudonymous row per placement")
            .WithDescription("format: csv (default) or xlsx. Each candidate has a stable pseudonym; never a name, case reference or notes. Streamed; audited.")
            .Produces(StatusCodes.Status200OK, contentType: Csv)
            .Produces(StatusCodes.Status200OK, contentType: Xlsx)
            .Problems(400);
        return app;
    }

    private static async Task<IResult> Placements(
        DateOnly? from, DateOnly? to, string? groupBy, string? format, IMediator mediator, HttpContext http, CancellationToken cancellationToken)
    {
        var table = await mediator.Send(new PlacementStatisticsQuery(from, to, groupBy, format), cancellationToken);
        if (format is null or "json") return TypedResults.Ok(StatisticsJson.Of(table));

        var (header, rows) = TableFiles.Flatten(table);
        var name = $"placements-{table.From:yyyy-MM-dd}-{table.To:yyyy-MM-dd}";
        if (format == "csv")
            return Results.Stream(stream => TableFiles.WriteCsvAsync(stream, header, rows.ToAsyncEnumerable(), cancellationToken), Csv, $"{name}.csv");
        AllowSpreadsheetWriter(http);
        return Results.Stream(stream => TableFiles.WriteXlsxAsync(stream, "Placements", header, rows, cancellationToken), Xlsx, $"{name}.xlsx");
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
