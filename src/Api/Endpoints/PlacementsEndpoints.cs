using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Placements;
using PartnerCrm.Application.Placements.CorrectPlacement;
using PartnerCrm.Application.Placements.EndPlacement;
using PartnerCrm.Application.Placements.ExtendPlacement;
using PartnerCrm.Application.Placements.GetPlacement;
using PartnerCrm.Application.Placements.ListPlacements;
using PartnerCrm.Application.Placements.MakePlacement;

namespace PartnerCrm.Api.Endpoints;

public static class PlacementsEndpoints
{
    public static IEndpointRouteBuilder MapPlacements(this IEndpointRouteBuilder app)
    {
        var placements = app.MapGroup("/api/v1/placements").WithTags("Placements").RequireAuthorization(Policies.PersonalData);

        placements.MapPost("/", Make)
            .WithSummary("Place a candidate at a company")
            .WithDescription(
                "Checks the scheme's legal limits (422 durationExceeded, missingPlannedEnd, hoursTooLow) and creates the follow-ups. " +
                "An IGU's planned end defaults to start + 24 months. The company's partnership that is not ended is linked by itself; " +
                "a linked internship offer whose places are all taken becomes filled. A company that has ceased gets no new placement (422 companyCeased); " +
                "a pNumber names one of the company's workplaces (422 unknownWorkplace, workplaceOfOtherCompany).")
            .Problems(400, 404, 422);
        placements.MapGet("/", List).ValidatedBy<ListPlacementsQuery>()
            .WithSummary("List placements, latest start first")
            .WithDescription("Filter by candidate, company, type and status (planned, active, ended: worked out from the dates and today).")
            .Problems(400);
        placements.MapGet("/{id:guid}", Get).WithSummary("Get a placement with its follow-ups").Problems(404);
        placements.MapPut("/{id:guid}", Correct)
            .WithSummary("Correct a placement")
            .WithDescription(
                "Job title and hours at any time; start and planned end only before the start (422 placementStarted after). The scheme's " +
                "legal limits hold (422 durationExceeded, hoursTooLow). Pending follow-ups move with the dates. Honours If-Match.")
            .Problems(400, 404, 409, 412, 422);
        placements.MapPost("/{id:guid}/extend", Extend)
            .WithSummary("Extend a placement")
            .WithDescription(
                "A later plannedEndDate within the scheme's legal limit, else 422 durationExceeded; an internship past 13 weeks becomes extended " +
                "(at most 26). Pending follow-ups move with the new dates. Recorded in the audit trail as extend. Honours If-Match.")
            .Problems(400, 404, 409, 412, 422);
        placements.MapPost("/{id:guid}/end", End)
            .WithSummary("Record how a placement ended")
            .WithDescription("A placement ends once: ending it again answers 409. Ending with candidateLeft cancels its pending follow-ups.")
            .Problems(400, 404, 409, 412, 422);
        return app;
    }

    private static async Task<Created<PlacementDto>> Make(MakePlacementCommand command, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var placement = await mediator.Send(command, cancellationToken);
        response.SetETag(placement.Version);
        return TypedResults.Created($"/api/v1/placements/{placement.Id}", placement);
    }

    private static async Task<Ok<Page<PlacementDto>>> List(
        Guid? candidateId, Guid? companyId, string? type, string? status, int? limit, string? cursor,
        IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListPlacementsQuery(candidateId, companyId, type, status, limit, cursor), cancellationToken));

    private static async Task<Ok<PlacementDto>> Get(Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var placement = await mediator.Send(new GetPlacementQuery(id), cancellationToken);
        response.SetETag(placement.Version);
        return TypedResults.Ok(placement);
    }

    private static async Task<Ok<PlacementDto>> Correct(
        Guid id, PlacementCorrectionInput correction, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var placement = await mediator.Send(new CorrectPlacementCommand(id, correction, ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(placement.Version);
        return TypedResults.Ok(placement);
    }

    private static async Task<Ok<PlacementDto>> Extend(
        Guid id, PlacementExtensionInput extension, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var placement = await mediator.Send(new ExtendPlacementCommand(id, extension, ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(placement.Version);
        return TypedResults.Ok(placement);
    }

    private static async Task<Ok<PlacementDto>> End(
        Guid id, PlacementEndInput end, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var placement = await mediator.Send(new EndPlacementCommand(id, end, ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(placement.Version);
        return TypedResults.Ok(placement);
    }
}
