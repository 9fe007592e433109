using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnerCrm.Api.Idempotency;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Companies.GetCompany;
using PartnerCrm.Application.Companies.ListWorkplaces;
using PartnerCrm.Application.Internships;
using PartnerCrm.Application.Internships.ChangeInternshipStatus;
using PartnerCrm.Application.Internships.GetInternship;
using PartnerCrm.Application.Internships.ListInternships;
using PartnerCrm.Application.Internships.PostInternship;
using PartnerCrm.Application.Internships.ReviseInternship;
using PartnerCrm.Application.Referrals;
using PartnerCrm.Application.Referrals.AnswerReferral;
using PartnerCrm.Application.Referrals.ChangeReferralStatus;
using PartnerCrm.Application.Referrals.ListOfferReferrals;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Api.Endpoints;

/// <summary>
/// The employer API: a company's own systems, with its API key, see and change only that company's
/// internship offers. Another company's offer answers 404, exactly like one that does not exist.
/// </summary>
public static class EmployerEndpoints
{
    public static IEndpointRouteBuilder MapEmployerApi(this IEndpointRouteBuilder app)
    {
        var employer = app.MapGroup("/api/v1/employer").WithTags("Employer API").RequireAuthorization(Policies.Employer);

        employer.MapGet("/company", GetCompany).WithSummary("Get the company the API key belongs to");
        employer.MapGet("/workplaces", ListWorkplaces).ValidatedBy<ListWorkplacesQuery>()
            .WithSummary("List your company's workplaces (P-numbers), by P-number")
            .WithDescription("An internship offer's pNumber names one of these.")
            .Problems(400);
        employer.MapGet("/internships", List).ValidatedBy<ListInternshipsQuery>()
            .WithSummary("List your internship offers, newest first")
            .WithDescription("Filter by status: draft, open, filled, closed or cancelled.")
            .Problems(400);
        employer.MapPost("/internships", Post)
            .WithMetadata(new IdempotentAttribute())
            .WithSummary("Post an internship offer")
            .WithDescription(
                "Status is open unless draft is given. Send an Idempotency-Key header to retry safely: the same key and body " +
                "return the first answer and create nothing; the same key with another body answers 422; a retry while the first " +
                "is still running answers 409. An externalReference already used by your company answers 409 with existingId. A pNumber names one of " +
                "your workplaces (422 unknownWorkplace, workplaceOfOtherCompany). A company that has ceased posts no new offer (422 companyCeased).")
            .Problems(400, 409, 422);
        employer.MapGet("/internships/{id:guid}", Get).WithSummary("Get one of your internship offers").Problems(404);
        employer.MapPut("/internships/{id:guid}", Revise)
            .WithSummary("Change one of your internship offers")
            .WithDescription("Same body as posting. Only draft and open offers can change. A status in the body moves the offer (draft → open). A pNumber names one " +
                "of your workplaces; none names none. Send If-Match with the ETag you read; a stale tag answers 412.")
            .Problems(400, 404, 409, 412, 422);
        employer.MapPost("/internships/{id:guid}/close", Close)
            .WithSummary("Close one of your internship offers")
            .WithDescription("An open offer becomes closed; closing a closed offer changes nothing; a draft, filled or cancelled offer cannot be closed (422).")
            .Problems(404, 412, 422);
        employer.MapGet("/internships/{id:guid}/referrals", ListReferrals).ValidatedBy<ListOfferReferralsQuery>()
            .WithSummary("List the candidates referred to one of your offers, newest first")
            .WithDescription(
                "Each candidate is a pseudonymous card: an alias, the Danish level reached, the education level and the age band; never a name, " +
                "case reference, birth year or country. A candidate the jobcenter has erased keeps only the alias, with erased true; such a " +
                "referral has no note, and one that was still open is withdrawn.")
            .Problems(400, 404);
        employer.MapPost("/referrals/{id:guid}/status", AnswerReferral)
            .WithMetadata(new IdempotentAttribute())
            .WithSummary("Answer a referral: interview, accepted, or declined with a reason")
            .WithDescription(
                "accepted makes the internship placement from your offer (422 offerFull when no place is left). Send If-Match with the ETag " +
                "you read and an Idempotency-Key to retry safely. Another company's referral answers 404; a referral whose candidate the " +
                "jobcenter has erased answers 422 candidateErased.")
            .Problems(400, 404, 409, 412, 422);
        return app;
    }

    private static async Task<Ok<Page<EmployerReferralDto>>> ListReferrals(
        Guid id, int? limit, string? cursor, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListOfferReferralsQuery(id, user.EmployerCompanyId(), limit, cursor), cancellationToken));

    private static async Task<Ok<EmployerReferralDto>> AnswerReferral(
        Guid id, ReferralStatusInput answer, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var referral = await mediator.Send(new AnswerReferralCommand(id, answer, user.EmployerCompanyId(), ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(referral.Version);
        return TypedResults.Ok(referral);
    }

    private static async Task<Ok<CompanyDto>> GetCompany(ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var company = await mediator.Send(new GetCompanyQuery(user.EmployerCompanyId()), cancellationToken);
        response.SetETag(company.Version);
        return TypedResults.Ok(company);
    }

    private static async Task<Ok<Page<WorkplaceDto>>> ListWorkplaces(int? limit, string? cursor, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListWorkplacesQuery(user.EmployerCompanyId(), limit, cursor), cancellationToken));

    private static async Task<Ok<Page<InternshipDto>>> List(string? status, int? limit, string? cursor, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListInternshipsQuery(status, user.EmployerCompanyId(), limit, cursor), cancellationToken));

    private static async Task<Created<InternshipDto>> Post(InternshipOfferInput offer, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var posted = await mediator.Send(new PostInternshipCommand(offer, user.EmployerCompanyId()), cancellationToken);
        response.SetETag(posted.Version);
        return TypedResults.Created($"/api/v1/employer/internships/{posted.Id}", posted);
    }

    private static async Task<Ok<InternshipDto>> Get(Guid id, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var offer = await mediator.Send(new GetInternshipQuery(id, user.EmployerCompanyId()), cancellationToken);
        response.SetETag(offer.Version);
        return TypedResults.Ok(offer);
    }

    private static async Task<Ok<InternshipDto>> Revise(
        Guid id, InternshipOfferInput offer, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var revised = await mediator.Send(
            new ReviseInternshipCommand(offer, id, user.EmployerCompanyId(), ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(revised.Version);
        return TypedResults.Ok(revised);
    }

    private static async Task<Ok<InternshipDto>> Close(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var closed = await mediator.Send(new ChangeInternshipStatusCommand(
            id, new InternshipStatusInput(InternshipStatus.Closed), user.EmployerCompanyId(), ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(closed.Version);
        return TypedResults.Ok(closed);
    }
}
