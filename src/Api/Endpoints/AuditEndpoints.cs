using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Audit;
using PartnerCrm.Application.Audit.ListAudit;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Endpoints;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", List).WithTags("Audit").RequireAuthorization(Policies.Admin).ValidatedBy<ListAuditQuery>()
            .WithSummary("Read the audit trail, newest first")
            .WithDescription("Every write, every read of candidate data and every export: at, actor (user id or API key id), action, entity, entityId, traceId. " +
                "from and to (yyyy-MM-dd, optional) are days in Danish time, both included.")
            .Problems(400);
        return app;
    }

    private static async Task<Ok<Page<AuditEntryDto>>> List(
        string? entity, Guid? entityId, string? actor, string? action, DateOnly? from, DateOnly? to, int? limit, string? cursor,
        IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListAuditQuery(entity, entityId, actor, action, limit, cursor, from, to), cancellationToken));
}
