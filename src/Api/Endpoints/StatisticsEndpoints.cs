using Mediator;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.ExportPlacements;
using PartnerCrm.Api.OpenApi;
using PartnerCrm.Application.Statistics.ConversionStatistics;
using PartnerCrm.Application.Statistics.PlacementStatistics;
using PartnerCrm.Application.Statistics.ReferralStatistics;
using PartnerCrm.Application.Statistics.RetentionStatistics;
using PartnerCrm.Application.Statistics.Summary;
using PartnerCrm.Application.Statistics.Files;
using PartnerCrm.Web.Hosting;

namespace PartnerCrm.Api.Endpoints;

/// <summary>Figures the committee can publish: every count of persons passes disclosure control.</summary>
public static class StatisticsEndpoints
{
    private static readonly string Csv = TableFile.ContentTypeOf(FileFormat.Csv);
    private static readonly string Xlsx = TableFile.ContentTypeOf(FileFormat.Xlsx);

    /// <summary>What every figures route says about its files.</summary>
    private const string FileChoicesText =
        "Files: delimiter=comma (default) writes CSV with , and a decimal point (0.607) for programs; delimiter=semicolon writes ; and a " +
        "decimal comma (0,607) for spreadsheets set up for Danish. lang=da or lang=en names the columns and the groups in words (Danish or " +
        "English) for people; without lang a file keeps the API's names, as programs read them. XLSX cells are typed: numbers, rates as " +
        "percentages, dates; a hidden count is the text <5 (the threshold).";

    public static IEndpointRouteBuilder MapStatistics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/statistics/placements", Placements).WithTags("Statistics").RequireAuthorization(Policies.CrmRead).ValidatedBy<PlacementStatisticsQuery>()
            .WithSummary("Placements and candidates by up to two dimensions")
            .WithDescription(
                "from and to are placement start dates (inclusive). groupBy: up to two of type, industry, company, year, quarter, month, " +
                "countryOfOrigin, gender, ageBand, danishTrack, residenceBasis. format: json (default), csv or xlsx. Counts below " +
                "minCellSize are hidden, and further counts where a hidden one could be worked out from the totals. " + FileChoicesText)
            .ProducesTable<StatisticsJson>().Problems(422);
        app.MapGet("/api/v1/statistics/retention", Retention).WithTags("Statistics").RequireAuthorization(Policies.CrmRead).ValidatedBy<RetentionStatisticsQuery>()
            .WithSummary("Retention 3, 6 or 12 months after the start")
            .WithDescription(
                "milestone: 3m, 6m (default) or 12m. Among completed follow-ups at that milestone: retentionRate (same company), " +
                "employmentRate (any company), selfSufficiencyRate (employed or in education); due and followedUp show coverage. " +
                "Same from, to, groupBy and format as placements; rates are null when a count they use is hidden. " + FileChoicesText)
            .ProducesTable<StatisticsJson>().Problems(422);
        app.MapGet("/api/v1/statistics/conversion", Conversion).WithTags("Statistics").RequireAuthorization(Policies.CrmRead).ValidatedBy<ConversionStatisticsQuery>()
            .WithSummary("Internships followed by paid work within 90 days")
            .WithDescription("Internships starting in the period that have ended and whose 90 days have passed (or that already converted). " + FileChoicesText)
            .ProducesTable<StatisticsJson>().Problems(422);
        app.MapGet("/api/v1/statistics/referrals", Referrals).WithTags("Statistics").RequireAuthorization(Policies.CrmRead).ValidatedBy<ReferralStatisticsQuery>()
            .WithSummary("Referrals, interviews and acceptances, and the fill rate")
            .WithDescription(
                "Referrals made in the period (from and to are the days they were made): referrals, interviews (those that reached one), " +
                "accepted, and fillRate = accepted ÷ referrals. Same groupBy and format as placements; counts below minCellSize are hidden. " + FileChoicesText)
            .ProducesTable<StatisticsJson>().Problems(422);
        app.MapGet("/api/v1/statistics/summary", Summary).WithTags("Statistics").RequireAuthorization(Policies.CrmRead).ValidatedBy<SummaryQuery>()
            .WithSummary("Headline figures")
            .WithDescription("Active partnerships, open internship places, active placements, overdue follow-ups, placements this year, 6-month retention, median days from arrival to first placement, follow-up compliance and slot use. " + FileChoicesText)
            .ProducesTable<SummaryDto>();
        app.MapGet("/api/v1/exports/placements", Export).WithTags("Statistics").RequireAuthorization(Policies.Exports).ValidatedBy<ExportPlacementsQuery>()
            .WithSummary("Export one pseudonymous row per placement")
            .WithDescription("from and to are placement start dates (inclusive). format: csv (default) or xlsx. Each candidate has a stable pseudonym; never a name, case reference or notes. Streamed; audited; a failure after the first byte aborts the answer. " + FileChoicesText)
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

    private static Task<IResult> Placements(
        DateOnly? from, DateOnly? to, string? groupBy, string? format, string? delimiter, string? lang, IMediator mediator, ITableFileWriter files, HttpContext http,
        CancellationToken cancellationToken) =>
        Table(new TableRequest(StatisticsTables.Placements, from, to, null, groupBy, format, delimiter, lang), mediator, files, http, cancellationToken);

    private static Task<IResult> Retention(
        DateOnly? from, DateOnly? to, string? milestone, string? groupBy, string? format, string? delimiter, string? lang, IMediator mediator, ITableFileWriter files,
        HttpContext http, CancellationToken cancellationToken) =>
        Table(new TableRequest(StatisticsTables.Retention, from, to, milestone, groupBy, format, delimiter, lang), mediator, files, http, cancellationToken);

    private static Task<IResult> Conversion(
        DateOnly? from, DateOnly? to, string? groupBy, string? format, string? delimiter, string? lang, IMediator mediator, ITableFileWriter files, HttpContext http,
        CancellationToken cancellationToken) =>
        Table(new TableRequest(StatisticsTables.Conversion, from, to, null, groupBy, format, delimiter, lang), mediator, files, http, cancellationToken);

    private static Task<IResult> Referrals(
        DateOnly? from, DateOnly? to, string? groupBy, string? format, string? delimiter, string? lang, IMediator mediator, ITableFileWriter files, HttpContext http,
        CancellationToken cancellationToken) =>
        Table(new TableRequest(StatisticsTables.Referrals, from, to, null, groupBy, format, delimiter, lang), mediator, files, http, cancellationToken);

    private static async Task<IResult> Summary(
        DateOnly? from, DateOnly? to, string? format, string? delimiter, string? lang, IMediator mediator, ITableFileWriter files, HttpContext http,
        CancellationToken cancellationToken)
    {
        var query = new SummaryQuery(from, to, format, delimiter, lang);
        var summary = await mediator.Send(query, cancellationToken);
        return FileChoices.Of(query) is { } choices ? TableFileResult.Of(SummaryFigures.File(summary, choices), files, http, cancellationToken) : TypedResults.Ok(summary);
    }

    private static async Task<IResult> Export(
        DateOnly? from, DateOnly? to, string? format, string? delimiter, string? lang, IMediator mediator, ITableFileWriter files, HttpContext http,
        CancellationToken cancellationToken) =>
        TableFileResult.Of(await mediator.Send(new ExportPlacementsQuery(from, to, format, delimiter, lang), cancellationToken), files, http, cancellationToken);

    /// <summary>A table as JSON, or as the file its format asks for.</summary>
    private static async Task<IResult> Table(TableRequest request, IMediator mediator, ITableFileWriter files, HttpContext http, CancellationToken cancellationToken)
    {
        var (table, file) = await mediator.ReadTableAsync(request, cancellationToken);
        return file is not null ? TableFileResult.Of(file, files, http, cancellationToken) : TypedResults.Ok(StatisticsJson.Of(table));
    }
}
