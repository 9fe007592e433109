using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Referrals;
using PartnerCrm.Application.Referrals.ChangeReferralStatus;
using PartnerCrm.Application.Referrals.GetReferral;
using PartnerCrm.Application.Referrals.ListReferrals;
using PartnerCrm.Application.Referrals.ReferCandidate;

namespace PartnerCrm.Api.Endpoints;

/// <summary>Referrals (formidling): which candidates the jobcenter proposes for an offer, and what came of it.</summary>
public static class ReferralsEndpoints
{
    public static IEndpointRouteBuilder MapReferrals(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/internships/{id:guid}/referrals", Refer).WithTags("Referrals").RequireAuthorization(Policies.PersonalData)
            .WithSummary("Refer a candidate to an internship offer")
            .WithDescription(
                "The offer must be open (422 offerNotOpen). A candidate already referred to the offer, and not declined or withdrawn, " +
                "answers 409 with existingId.")
            .Problems(400, 404, 409, 422);

        var referrals = app.MapGroup("/api/v1/referrals").WithTags("Referrals").RequireAuthorization(Policies.PersonalData);
        referrals.MapGet("/", List).ValidatedBy<ListReferralsQuery>()
            .WithSummary("List referrals, newest first")
            .WithDescription("Filter by internshipId, candidateId, companyId and status (proposed, interview, accepted, declined, withdrawn).")
            .Problems(400);
        referrals.MapGet("/{id:guid}", Get).WithSummary("Get a referral").Problems(404);
        referrals.MapPost("/{id:guid}/status", ChangeStatus)
            .WithSummary("Move a referral on")
            .WithDescription(
                "proposed → interview | accepted | declined | withdrawn; interview → accepted | declined | withdrawn; anything else answers " +
                "422 invalidTransition. declined needs a declineReason. accepted makes the internship placement from the offer in the same " +
                "transaction, within the legal limits; an offer with no place left answers 422 offerFull. A referral of a candidate erased " +
                "since answers 422 candidateErased. Honours If-Match.")
            .Problems(400, 404, 409, 412, 422);
        return app;
    }

    private static async Task<Created<ReferralDto>> Refer(Guid id, ReferralInput input, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var referral = await mediator.Send(new ReferCandidateCommand(id, input), cancellationToken);
        response.SetETag(referral.Version);
        return TypedResults.Created($"/api/v1/referrals/{referral.Id}", referral);
    }

    private static async Task<Ok<Page<ReferralDto>>> List(
        Guid? internshipId, Guid? candidateId, Guid? companyId, string? status, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListReferralsQuery(internshipId, candidateId, companyId, status, limit, cursor), cancellationToken));

    private static async Task<Ok<ReferralDto>> Get(Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var referral = await mediator.Send(new GetReferralQuery(id), cancellationToken);
        response.SetETag(referral.Version);
        return TypedResults.Ok(referral);
    }

    private static async Task<Ok<ReferralDto>> ChangeStatus(
        Guid id, ReferralStatusInput change, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var referral = await mediator.Send(new ChangeReferralStatusCommand(id, change, ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(referral.Version);
        return TypedResults.Ok(referral);
    }
}
