using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Candidates;
using PartnerCrm.Application.Candidates.EraseCandidate;
using PartnerCrm.Application.Candidates.GetCandidate;
using PartnerCrm.Application.Candidates.ListCandidates;
using PartnerCrm.Application.Candidates.MatchOffers;
using PartnerCrm.Application.Candidates.RegisterCandidate;
using PartnerCrm.Application.Candidates.ReviseCandidate;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Endpoints;

/// <summary>Candidates are personal data: consultants and admins only, and every read is audited.</summary>
public static class CandidatesEndpoints
{
    public static IEndpointRouteBuilder MapCandidates(this IEndpointRouteBuilder app)
    {
        var candidates = app.MapGroup("/api/v1/candidates").WithTags("Candidates").RequireAuthorization(Policies.PersonalData);

        candidates.MapPost("/", Register)
            .WithSummary("Register a candidate")
            .WithDescription("Only the fields the work needs. Text that looks like a CPR number is refused (400). A case reference already in use answers 409 with existingId.")
            .Problems(400, 409);
        candidates.MapGet("/", List).ValidatedBy<ListCandidatesQuery>()
            .WithSummary("List candidates by display name")
            .WithDescription("search matches the display name or case reference (any part, any case). Every candidate shown is recorded in the audit trail.")
            .Problems(400);
        candidates.MapGet("/{id:guid}", Get).WithSummary("Get a candidate (the read is audited)").Problems(404);
        candidates.MapPut("/{id:guid}", Revise).WithSummary("Change a candidate").Problems(400, 404, 409, 412);
        candidates.MapDelete("/{id:guid}", Erase)
            .WithSummary("Erase a candidate")
            .WithDescription(
                "Removes the case reference, name and notes, the notes and rescheduling reasons of the person's follow-ups and the notes of the " +
                "person's referrals; open referrals are withdrawn. The statistical attributes, placements, follow-ups and referrals stay. " +
                "Afterwards the candidate answers 404 and the case reference is free.")
            .Problems(404);
        candidates.MapGet("/{id:guid}/matches", Matches).ValidatedBy<MatchOffersQuery>()
            .WithSummary("Open internship offers the candidate meets, best first")
            .WithDescription(
                "The other direction of /internships/{id}/matches: open offers whose Danish level the candidate's module reaches on the " +
                "ladder (docs/domain.md), the most demanding first, then the soonest start; each with its reason. Paged. The read is audited.")
            .Problems(400, 404);
        return app;
    }

    private static async Task<Ok<OfferMatchesDto>> Matches(Guid id, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new MatchOffersQuery(id, limit, cursor), cancellationToken));

    private static async Task<Created<CandidateDto>> Register(CandidateInput input, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var candidate = await mediator.Send(new RegisterCandidateCommand(input), cancellationToken);
        response.SetETag(candidate.Version);
        return TypedResults.Created($"/api/v1/candidates/{candidate.Id}", candidate);
    }

    private static async Task<Ok<Page<CandidateDto>>> List(string? search, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListCandidatesQuery(search, limit, cursor), cancellationToken));

    private static async Task<Ok<CandidateDto>> Get(Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var candidate = await mediator.Send(new GetCandidateQuery(id), cancellationToken);
        response.SetETag(candidate.Version);
        return TypedResults.Ok(candidate);
    }

    private static async Task<Ok<CandidateDto>> Revise(
        Guid id, CandidateInput input, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var candidate = await mediator.Send(new ReviseCandidateCommand(id, input, ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(candidate.Version);
        return TypedResults.Ok(candidate);
    }

    private static async Task<NoContent> Erase(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new EraseCandidateCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
