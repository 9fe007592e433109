using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Worklist.GetWorklist;

namespace PartnerCrm.Api.Endpoints;

/// <summary>What a consultant must do: follow-ups of their placements and next actions of their activities.</summary>
public static class WorklistEndpoints
{
    public static IEndpointRouteBuilder MapWorklist(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/worklist", Get).WithTags("Worklist").RequireAuthorization(Policies.PersonalData)
            .WithSummary("A consultant's worklist, oldest due first")
            .WithDescription(
                "Pending follow-ups of the placements the consultant made and open next actions of the activities they recorded, due until " +
                "'until' (default: a week from today), each with overdue. consultantId is me (the default) or a colleague's id. Paged.")
            .ValidatedBy<GetWorklistQuery>()
            .Problems(400);
        return app;
    }

    private static async Task<Ok<Page<WorklistItemDto>>> Get(
        string? consultantId, DateOnly? until, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetWorklistQuery(consultantId, until, limit, cursor), cancellationToken));
}
