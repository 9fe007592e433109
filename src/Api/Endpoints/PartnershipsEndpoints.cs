using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Partnerships;
using PartnerCrm.Application.Partnerships.ChangePartnershipStatus;
using PartnerCrm.Application.Partnerships.GetPartnership;
using PartnerCrm.Application.Partnerships.ListPartnerships;
using PartnerCrm.Application.Partnerships.ProposePartnership;
using PartnerCrm.Application.Partnerships.RevisePartnership;

namespace PartnerCrm.Api.Endpoints;

public static class PartnershipsEndpoints
{
    public static IEndpointRouteBuilder MapPartnerships(this IEndpointRouteBuilder app)
    {
        var partnerships = app.MapGroup("/api/v1/partnerships").WithTags("Partnerships");

        partnerships.MapPost("/", Propose).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Start a partnership with a company")
            .WithDescription("Status defaults to prospect. A company has at most one partnership that is not ended (409). The responsible consultant defaults to the caller. " +
                "A company that has ceased gets no new partnership (422 companyCeased).")
            .Problems(400, 404, 409, 422);
        partnerships.MapGet("/", List).RequireAuthorization(Policies.CrmRead).ValidatedBy<ListPartnershipsQuery>()
            .WithSummary("List partnerships, newest first").Problems(400);
        partnerships.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.CrmRead)
            .WithSummary("Get a partnership").Problems(404);
        partnerships.MapPut("/{id:guid}", Revise).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Change a partnership's schemes, committed slots and notes")
            .Problems(400, 404, 412, 422);
        partnerships.MapPost("/{id:guid}/status", ChangeStatus).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Move a partnership to another status")
            .WithDescription("prospect → negotiating → active ⇄ paused; ended from any status, and final. Any other change answers 422 invalidTransition. Becoming active sets startDate if empty; ending sets endDate.")
            .Problems(400, 404, 412, 422);
        return app;
    }

    private static async Task<Created<PartnershipDto>> Propose(ProposePartnershipCommand command, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var partnership = await mediator.Send(command, cancellationToken);
        response.SetETag(partnership.Version);
        return TypedResults.Created($"/api/v1/partnerships/{partnership.Id}", partnership);
    }

    private static async Task<Ok<Page<PartnershipDto>>> List(
        string? status, Guid? companyId, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListPartnershipsQuery(status, companyId, limit, cursor), cancellationToken));

    private static async Task<Ok<PartnershipDto>> Get(Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var partnership = await mediator.Send(new GetPartnershipQuery(id), cancellationToken);
        response.SetETag(partnership.Version);
        return TypedResults.Ok(partnership);
    }

    private static async Task<Ok<PartnershipDto>> Revise(
        Guid id, PartnershipTermsInput terms, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var partnership = await mediator.Send(new RevisePartnershipCommand(id, terms, ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(partnership.Version);
        return TypedResults.Ok(partnership);
    }

    private static async Task<Ok<PartnershipDto>> ChangeStatus(
        Guid id, PartnershipStatusInput change, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var partnership = await mediator.Send(new ChangePartnershipStatusCommand(id, change, ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(partnership.Version);
        return TypedResults.Ok(partnership);
    }
}
