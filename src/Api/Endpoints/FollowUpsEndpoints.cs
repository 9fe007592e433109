using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.FollowUps.CompleteFollowUp;
using PartnerCrm.Application.FollowUps.ListFollowUps;
using PartnerCrm.Application.FollowUps.RescheduleFollowUp;
using PartnerCrm.Application.Placements;

namespace PartnerCrm.Api.Endpoints;

public static class FollowUpsEndpoints
{
    public static IEndpointRouteBuilder MapFollowUps(this IEndpointRouteBuilder app)
    {
        var followUps = app.MapGroup("/api/v1/follow-ups").WithTags("Follow-ups").RequireAuthorization(Policies.PersonalData);

        followUps.MapGet("/", List).ValidatedBy<ListFollowUpsQuery>()
            .WithSummary("List follow-ups by due date")
            .WithDescription("Filters: status, overdue (pending and past due), dueBefore, consultantId (me for yourself), companyId, candidateId, placementId.")
            .Problems(400);
        followUps.MapPost("/{id:guid}/complete", Complete)
            .WithSummary("Complete a follow-up")
            .WithDescription("outcome is required; satisfaction scores are 1–5. A follow-up is completed once: again answers 409.")
            .Problems(400, 404, 409, 412);
        followUps.MapPost("/{id:guid}/reschedule", Reschedule)
            .WithSummary("Move a follow-up to another day")
            .WithDescription("dueDate and reason are required; the reason is kept on the follow-up and in the audit trail. A completed or cancelled follow-up answers 409.")
            .Problems(400, 404, 409, 412);
        return app;
    }

    private static async Task<Ok<FollowUpDto>> Reschedule(
        Guid id, FollowUpRescheduleInput reschedule, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var followUp = await mediator.Send(new RescheduleFollowUpCommand(id, reschedule, ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(followUp.Version);
        return TypedResults.Ok(followUp);
    }

    private static async Task<Ok<Page<FollowUpDto>>> List(
        string? status, bool? overdue, DateOnly? dueBefore, string? consultantId, Guid? companyId, Guid? candidateId, Guid? placementId,
        int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new ListFollowUpsQuery(status, overdue, dueBefore, consultantId, companyId, candidateId, placementId, limit, cursor), cancellationToken));

    private static async Task<Ok<FollowUpDto>> Complete(
        Guid id, FollowUpResultInput result, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var followUp = await mediator.Send(new CompleteFollowUpCommand(id, result, ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(followUp.Version);
        return TypedResults.Ok(followUp);
    }
}
