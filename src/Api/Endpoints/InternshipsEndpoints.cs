using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnerCrm.Api.Idempotency;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Candidates.MatchCandidates;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Internships;
using PartnerCrm.Application.Internships.ChangeInternshipStatus;
using PartnerCrm.Application.Internships.GetInternship;
using PartnerCrm.Application.Internships.ListInternships;
using PartnerCrm.Application.Internships.PostInternship;

namespace PartnerCrm.Api.Endpoints;

/// <summary>Internship offers as the jobcenter's staff see them: every company's.</summary>
public static class InternshipsEndpoints
{
    public static IEndpointRouteBuilder MapInternships(this IEndpointRouteBuilder app)
    {
        var internships = app.MapGroup("/api/v1/internships").WithTags("Internships");

        internships.MapGet("/", List).RequireAuthorization(Policies.CrmRead).ValidatedBy<ListInternshipsQuery>()
            .WithSummary("List internship offers, newest first")
            .WithDescription("Filter by status (draft, open, filled, closed, cancelled) and company.")
            .Problems(400);
        internships.MapPost("/", Post).RequireAuthorization(Policies.CrmWrite)
            .WithMetadata(new IdempotentAttribute())
            .WithSummary("Post an internship offer on a company's behalf")
            .WithDescription("Same body as the employer API, plus companyId. Status is open unless draft is given. Honours Idempotency-Key. A company that has ceased " +
                "gets no new offer (422 companyCeased); a pNumber names one of the company's workplaces (422 unknownWorkplace, workplaceOfOtherCompany).")
            .Problems(400, 404, 409, 422);
        internships.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.CrmRead)
            .WithSummary("Get an internship offer").Problems(404);
        internships.MapPost("/{id:guid}/status", ChangeStatus).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Move an internship offer to another status")
            .WithDescription("draft → open | cancelled; open → filled | closed | cancelled. Any other change answers 422 invalidTransition.")
            .Problems(400, 404, 412, 422);
        internships.MapGet("/{id:guid}/matches", Matches).RequireAuthorization(Policies.PersonalData).ValidatedBy<MatchCandidatesQuery>()
            .WithSummary("Candidates who could take the internship, best first")
            .WithDescription(
                "Only an open offer has matches. Candidates who are not erased, with no planned or active placement, whose Danish course module reaches " +
                "the offer's level on the Danish ladder (docs/domain.md: DU1 asks for A2, DU2 for B1, DU3 for B2; none takes anyone); the highest step " +
                "first, then the longest wait since arrival, then id; candidates without a Danish course last. Each comes with the reason. Paged with " +
                "limit and cursor. Every candidate shown is recorded in the audit trail.")
            .Problems(400, 404);
        return app;
    }

    private static async Task<Ok<CandidateMatchesDto>> Matches(Guid id, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new MatchCandidatesQuery(id, limit, cursor), cancellationToken));

    private static async Task<Ok<Page<InternshipDto>>> List(string? status, Guid? companyId, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListInternshipsQuery(status, companyId, limit, cursor), cancellationToken));

    private static async Task<Created<InternshipDto>> Post(StaffInternshipRequest request, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var offer = await mediator.Send(new PostInternshipCommand(request, request.CompanyId), cancellationToken);
        response.SetETag(offer.Version);
        return TypedResults.Created($"/api/v1/internships/{offer.Id}", offer);
    }

    private static async Task<Ok<InternshipDto>> Get(Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var offer = await mediator.Send(new GetInternshipQuery(id, OnlyOfCompany: null), cancellationToken);
        response.SetETag(offer.Version);
        return TypedResults.Ok(offer);
    }

    private static async Task<Ok<InternshipDto>> ChangeStatus(
        Guid id, InternshipStatusInput change, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var offer = await mediator.Send(new ChangeInternshipStatusCommand(id, change, OnlyOfCompany: null, ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(offer.Version);
        return TypedResults.Ok(offer);
    }
}
