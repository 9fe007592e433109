using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Application.Companies.AddContact;
using PartnerCrm.Application.Companies.GetActivity;
using PartnerCrm.Application.Companies.GetCompany;
using PartnerCrm.Application.Companies.GetContact;
using PartnerCrm.Application.Companies.ListActivities;
using PartnerCrm.Application.Companies.ListCompanies;
using PartnerCrm.Application.Companies.ListContacts;
using PartnerCrm.Application.Companies.ListWorkplaces;
using PartnerCrm.Application.Companies.LogActivity;
using PartnerCrm.Application.Companies.LookUpCompany;
using PartnerCrm.Application.Companies.MarkNextActionDone;
using PartnerCrm.Application.Companies.RegisterCompany;
using PartnerCrm.Application.Companies.RegisterWorkplace;
using PartnerCrm.Application.Companies.RemoveContact;
using PartnerCrm.Application.Companies.ReviseCompany;
using PartnerCrm.Application.Companies.ReviseContact;

namespace PartnerCrm.Api.Endpoints;

public static class CompaniesEndpoints
{
    public static IEndpointRouteBuilder MapCompanies(this IEndpointRouteBuilder app)
    {
        var companies = app.MapGroup("/api/v1/companies").WithTags("Companies");

        companies.MapPost("/", Register).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Register a company")
            .WithDescription("The CVR number must pass the modulus-11 check. A CVR number that is already registered answers 409 with existingId.")
            .Problems(400, 409);
        companies.MapGet("/", List).RequireAuthorization(Policies.CrmRead).ValidatedBy<ListCompaniesQuery>()
            .WithSummary("List companies by name")
            .WithDescription("Sorted by name (Danish order), then id. search matches the name (any part, any case) or the start of the CVR number.")
            .Problems(400);
        companies.MapGet("/lookup", LookUp).RequireAuthorization(Policies.CrmWrite).ValidatedBy<LookupQuery>()
            .WithSummary("Look a company up in the CVR register")
            .WithDescription("What the register says about the CVR number, in the shape of the company body, to fill in a new company: "
                + "from the CVR register itself when it is configured (source cvr), else from the last imported extract (source extract). "
                + "existingId names the company in the CRM that already has the CVR number. A CVR number the register does not know answers 404; "
                + "a register that fails or does not answer in time answers 503.")
            .Problems(400, 404, 503);
        companies.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.CrmRead)
            .WithSummary("Get a company").Problems(404);
        companies.MapPut("/{id:guid}", Revise).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Change a company")
            .WithDescription("Same body as registering, ceasedOn included: a company that has ceased by today gets no new partnership, internship offer or placement. " +
                "The CVR number cannot change (422 cvrImmutable). Send If-Match with the ETag you read; a stale tag answers 412.")
            .Problems(400, 404, 412, 422);

        companies.MapPost("/{id:guid}/contacts", AddContact).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Add a contact person")
            .WithDescription("A new primary contact makes the previous primary contact an ordinary one.")
            .Problems(400, 404);
        companies.MapGet("/{id:guid}/contacts", ListContacts).RequireAuthorization(Policies.ContactsRead).ValidatedBy<ListContactsQuery>()
            .WithSummary("List a company's contact persons, by name").Problems(400, 404);
        companies.MapGet("/{id:guid}/contacts/{contactId:guid}", GetContact).RequireAuthorization(Policies.ContactsRead)
            .WithSummary("Get a contact person").Problems(404);
        companies.MapPut("/{id:guid}/contacts/{contactId:guid}", ReviseContact).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Change a contact person").Problems(400, 404, 412);
        companies.MapDelete("/{id:guid}/contacts/{contactId:guid}", RemoveContact).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Remove a contact person").Problems(404);

        companies.MapPost("/{id:guid}/activities", LogActivity).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Record an activity (call, meeting, email, visit, note)")
            .WithDescription("An optional nextAction (what to do) with nextActionOn (when) puts it on the author's worklist until the author marks it done.")
            .Problems(400, 404);
        companies.MapGet("/{id:guid}/activities", ListActivities).RequireAuthorization(Policies.CrmRead).ValidatedBy<ListActivitiesQuery>()
            .WithSummary("List a company's activities, newest first").Problems(400, 404);
        companies.MapGet("/{id:guid}/activities/{activityId:guid}", GetActivity).RequireAuthorization(Policies.CrmRead)
            .WithSummary("Get an activity").Problems(404);
        companies.MapPost("/{id:guid}/activities/{activityId:guid}/done", MarkNextActionDone).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Mark an activity's next action done")
            .WithDescription("Only its author (or an administrator) may: another staff member gets 403. Done once: again answers 409; an activity without a next action answers 422 noNextAction.")
            .Problems(403, 404, 409, 422);

        companies.MapGet("/{id:guid}/workplaces", ListWorkplaces).RequireAuthorization(Policies.CrmRead).ValidatedBy<ListWorkplacesQuery>()
            .WithSummary("List a company's workplaces (P-numbers), by P-number").Problems(400, 404);
        companies.MapPost("/{id:guid}/workplaces", RegisterWorkplace).RequireAuthorization(Policies.CrmWrite)
            .WithSummary("Register a workplace (P-number) of a company")
            .WithDescription("A P-number is 10 digits and does not start with 0. A P-number that is already registered, to any company, answers 409 with existingId.")
            .Problems(400, 404, 409);
        return app;
    }

    private static async Task<Created<CompanyDto>> Register(CompanyInput input, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var company = await mediator.Send(new RegisterCompanyCommand(input), cancellationToken);
        response.SetETag(company.Version);
        return TypedResults.Created($"/api/v1/companies/{company.Id}", company);
    }

    private static async Task<Ok<Page<CompanyDto>>> List(
        string? search, string? industryCode, bool? hasActivePartnership, int? limit, string? cursor,
        IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListCompaniesQuery(search, industryCode, hasActivePartnership, limit, cursor), cancellationToken));

    private static async Task<Ok<CompanyLookupDto>> LookUp(string? cvr, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new LookupQuery(cvr), cancellationToken));

    private static async Task<Ok<CompanyDto>> Get(Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var company = await mediator.Send(new GetCompanyQuery(id), cancellationToken);
        response.SetETag(company.Version);
        return TypedResults.Ok(company);
    }

    private static async Task<Ok<CompanyDto>> Revise(
        Guid id, CompanyInput input, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var company = await mediator.Send(new ReviseCompanyCommand(id, input, ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(company.Version);
        return TypedResults.Ok(company);
    }

    private static async Task<Created<ContactDto>> AddContact(Guid id, ContactInput input, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var contact = await mediator.Send(new AddContactCommand(id, input), cancellationToken);
        response.SetETag(contact.Version);
        return TypedResults.Created($"/api/v1/companies/{id}/contacts/{contact.Id}", contact);
    }

    private static async Task<Ok<Page<ContactDto>>> ListContacts(Guid id, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListContactsQuery(id, limit, cursor), cancellationToken));

    private static async Task<Ok<ContactDto>> GetContact(Guid id, Guid contactId, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var contact = await mediator.Send(new GetContactQuery(id, contactId), cancellationToken);
        response.SetETag(contact.Version);
        return TypedResults.Ok(contact);
    }

    private static async Task<Ok<ContactDto>> ReviseContact(
        Guid id, Guid contactId, ContactInput input, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var contact = await mediator.Send(new ReviseContactCommand(id, contactId, input, ETags.ExpectedVersion(ifMatch)), cancellationToken);
        response.SetETag(contact.Version);
        return TypedResults.Ok(contact);
    }

    private static async Task<NoContent> RemoveContact(Guid id, Guid contactId, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveContactCommand(id, contactId), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<ActivityDto>> LogActivity(Guid id, ActivityInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var activity = await mediator.Send(new LogActivityCommand(id, input), cancellationToken);
        return TypedResults.Created($"/api/v1/companies/{id}/activities/{activity.Id}", activity);
    }

    private static async Task<Ok<Page<ActivityDto>>> ListActivities(Guid id, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListActivitiesQuery(id, limit, cursor), cancellationToken));

    private static async Task<Ok<ActivityDto>> MarkNextActionDone(Guid id, Guid activityId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new MarkNextActionDoneCommand(id, activityId), cancellationToken));

    private static async Task<Ok<Page<WorkplaceDto>>> ListWorkplaces(Guid id, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListWorkplacesQuery(id, limit, cursor), cancellationToken));

    private static async Task<Created<WorkplaceDto>> RegisterWorkplace(Guid id, WorkplaceInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var workplace = await mediator.Send(new RegisterWorkplaceCommand(id, input), cancellationToken);
        return TypedResults.Created($"/api/v1/companies/{id}/workplaces/{workplace.Id}", workplace);
    }

    private static async Task<Ok<ActivityDto>> GetActivity(Guid id, Guid activityId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetActivityQuery(id, activityId), cancellationToken));
}
