using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerCrm.Api.Hosting;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Recommendations;
using PartnerCrm.Application.Recommendations.GetRecommendations;
using PartnerCrm.Application.Reports.CommitteeReport;
using PartnerCrm.Web.Reports;

namespace PartnerCrm.Api.Endpoints;

/// <summary>What the committee reads: ranked partnership recommendations and its report.</summary>
public static class ReportsEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/recommendations/partnerships", Recommendations).WithTags("Recommendations").RequireAuthorization(Policies.CrmRead)
            .ValidatedBy<GetRecommendationsQuery>()
            .WithSummary("Ranked recommendations for partnerships")
            .WithDescription("Kinds: expand, formalize, reactivate, underused, recruitIndustry, review. Each has a score (0–100), a title, a reason with the figures, and the evidence. Best first. lang: en (default) or da, the language of title and reason.");
        app.MapGet("/api/v1/reports/committee", Committee).WithTags("Recommendations").RequireAuthorization(Policies.CrmRead).ValidatedBy<CommitteeReportQuery>()
            .WithSummary("The committee's report")
            .WithDescription("format: html (default; one self-contained file that prints on A4, with charts) or markdown (the same without charts). lang: da (default) or en. from and to are placement start dates; without from, the report covers all placements up to to.")
            .WithSecurityHeadersPolicy(ProductionDefaults.ReportPolicy)
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status200OK, contentType: "text/markdown")
            .Problems(400);
        return app;
    }

    private static async Task<Ok<RecommendationsDto>> Recommendations(string? lang, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetRecommendationsQuery(lang), cancellationToken));

    private static async Task<IResult> Committee(
        DateOnly? from, DateOnly? to, string? format, string? lang, IMediator mediator, CommitteeReportRenderer renderer, CancellationToken cancellationToken)
    {
        var model = await mediator.Send(new CommitteeReportQuery(from, to, format, lang), cancellationToken);
        var document = await renderer.WriteAsync(model, format, lang);
        return Results.Bytes(document.Bytes, document.ContentType);
    }
}
