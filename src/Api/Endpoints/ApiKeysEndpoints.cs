using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.ApiKeys;
using PartnerCrm.Application.ApiKeys.GetApiKey;
using PartnerCrm.Application.ApiKeys.IssueApiKey;
using PartnerCrm.Application.ApiKeys.ListApiKeys;
using PartnerCrm.Application.ApiKeys.RevokeApiKey;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Endpoints;

public static class ApiKeysEndpoints
{
    public static IEndpointRouteBuilder MapApiKeys(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/v1/companies/{id:guid}/api-keys").WithTags("API keys").RequireAuthorization(Policies.ApiKeys);

        keys.MapPost("/", Issue)
            .WithSummary("Issue an API key for the company's own systems")
            .WithDescription("The answer holds the key itself, once: only a hash is kept, and the key cannot be shown again. The prefix names the key in lists.")
            .Problems(400, 404);
        keys.MapGet("/", List).ValidatedBy<ListApiKeysQuery>()
            .WithSummary("List the company's API keys, newest first")
            .WithDescription("Names, prefixes and dates; never the keys.")
            .Problems(400, 404);
        keys.MapGet("/{keyId:guid}", Get).WithSummary("Get an API key's name, prefix and dates").Problems(404);
        keys.MapDelete("/{keyId:guid}", Revoke)
            .WithSummary("Revoke an API key")
            .WithDescription("The next request with the key is refused (401).")
            .Problems(404);

        app.MapGet("/api/v1/api-keys", ListAll).WithTags("API keys").RequireAuthorization(Policies.ApiKeys).ValidatedBy<ListApiKeysQuery>()
            .WithSummary("List every company's API keys, newest first")
            .WithDescription("Names, prefixes, dates and each key's companyId; never the keys. companyId (optional) lists one company's keys.")
            .Problems(400, 404);
        return app;
    }

    private static async Task<Created<IssuedApiKeyDto>> Issue(Guid id, ApiKeyInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var key = await mediator.Send(new IssueApiKeyCommand(id, input), cancellationToken);
        return TypedResults.Created($"/api/v1/companies/{id}/api-keys/{key.Id}", key);
    }

    private static async Task<Ok<Page<ApiKeyDto>>> List(Guid id, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListApiKeysQuery(id, limit, cursor), cancellationToken));

    private static async Task<Ok<Page<ApiKeyDto>>> ListAll(Guid? companyId, int? limit, string? cursor, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListApiKeysQuery(companyId, limit, cursor), cancellationToken));

    private static async Task<Ok<ApiKeyDto>> Get(Guid id, Guid keyId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetApiKeyQuery(id, keyId), cancellationToken));

    private static async Task<NoContent> Revoke(Guid id, Guid keyId, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokeApiKeyCommand(id, keyId), cancellationToken);
        return TypedResults.NoContent();
    }
}
