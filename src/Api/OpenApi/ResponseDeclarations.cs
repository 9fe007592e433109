using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using PartnerCrm.Api.Idempotency;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Common;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartnerCrm.Api.OpenApi;

/// <summary>
/// Every answer an operation can give, with the headers that come with it. Problems are RFC 9457
/// <c>application/problem+json</c>, declared once under <c>components/responses</c>:
/// 400 for a route that takes input; 401 for a route that needs credentials and 403 for one with a role
/// policy; 413 and 415 for a route with a body; 429 for a rate-limited route; 500 for every route; 503
/// for a route that reaches the database (it sends a message through the mediator). 404, 409, 412 and 422
/// are the ones the route declares itself (<c>Problems(…)</c>). Successful answers carry the rate-limit
/// headers on a rate-limited route, <c>ETag</c> when the body is a versioned resource (its version travels
/// only as the ETag, see <see cref="Json"/>), <c>Location</c> on 201 and <c>Idempotent-Replayed</c> where a
/// retry can be answered from the first request.
/// </summary>
public sealed class ResponseDeclarations : IOperationFilter
{
    public const string RateLimitLimitHeader = "X-RateLimit-Limit";
    public const string RateLimitRemainingHeader = "X-RateLimit-Remaining";
    public const string RetryAfterHeader = "Retry-After";

    /// <summary>The longest <c>Location</c> this API writes is about 100 characters (<c>/api/v1/companies/{id}/api-keys/{keyId}</c>).</summary>
    private const int LongestLocation = 200;

    private static readonly Dictionary<int, (string Id, string Description)> Problems = new()
    {
        [400] = ("ValidationProblem", "The request is not valid: errors names each field (camelCase, nested as address.postalCode) and what is wrong with it."),
        [401] = ("Unauthorized", "No credentials, or credentials that are not valid: staff routes take 'Authorization: Bearer <token>', the employer API 'X-Api-Key: <key>'."),
        [403] = ("Forbidden", "The token's role may not do this."),
        [404] = ("NotFound", "There is no such resource, or it is not yours."),
        [409] = ("Conflict", "It clashes with what exists: a duplicate (existingId names the first), something already done, or a retry of a request that is still running."),
        [412] = ("PreconditionFailed", "If-Match does not name the resource's current ETag: read the resource again."),
        [413] = ("ContentTooLarge", "The body is larger than the API accepts (1 MiB unless configured otherwise)."),
        [415] = ("UnsupportedMediaType", "The body is not JSON: send it with 'Content-Type: application/json'."),
        [422] = ("UnprocessableContent", "A business rule refused the request; code names the rule."),
        [429] = ("TooManyRequests", "The rate limit is reached; Retry-After says how many seconds to wait."),
        [500] = ("InternalServerError", "An unexpected error. It is logged; quote the traceId when you report it."),
        [503] = ("ServiceUnavailable", "The database (or, for a register lookup, the company register) cannot be reached just now; try again after Retry-After seconds."),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var authorization = metadata.OfType<IAuthorizeData>().ToList();
        var anonymous = metadata.OfType<IAllowAnonymous>().Any() || authorization.Count == 0;
        var employer = authorization.Any(data => data.Policy == Policies.Employer);
        var rateLimited = !metadata.OfType<DisableRateLimitingAttribute>().Any();
        var reachesDatabase = context.MethodInfo.GetParameters().Any(p => p.ParameterType == typeof(IMediator));
        var hasBody = operation.RequestBody is not null;
        var takesInput = hasBody || (operation.Parameters ?? []).Any(p => p.In == ParameterLocation.Query || p.Name == IdempotencyMiddleware.HeaderName);

        operation.Responses ??= new OpenApiResponses();
        var problems = operation.Responses.Keys.Where(code => code[0] is '4' or '5').Select(int.Parse).ToHashSet();
        if (takesInput) problems.Add(400);
        if (!anonymous) problems.Add(401);
        if (!anonymous && !employer) problems.Add(403);
        if (hasBody) problems.UnionWith([413, 415]);
        if (rateLimited) problems.Add(429);
        problems.Add(500);
        if (reachesDatabase) problems.Add(503);

        foreach (var status in problems.Order())
        {
            if (!Problems.TryGetValue(status, out var problem))
                throw new InvalidOperationException($"{context.ApiDescription.RelativePath}: no problem answer is defined for {status}.");
            operation.Responses[status.ToString()] = rateLimited || status >= 500
                ? new OpenApiResponseReference(problem.Id, context.Document)
                : ProblemAnswer(status, problem.Description, context, withHeaders: false);
        }

        DeclareEveryContentType(operation, context);

        var inOrder = operation.Responses.OrderBy(response => response.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (code, answer) in inOrder) operation.Responses[code] = answer;

        foreach (var (code, answer) in operation.Responses.Where(r => r.Key[0] == '2'))
        {
            if (answer is not OpenApiResponse success) continue;
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (rateLimited) AddRateLimitHeaders(success.Headers, context.Document);
            var body = context.ApiDescription.SupportedResponseTypes.FirstOrDefault(t => t.StatusCode.ToString() == code)?.Type;
            if (body is not null && typeof(IVersioned).IsAssignableFrom(body))
                success.Headers[HeaderNames.ETag] = new OpenApiHeaderReference(HeaderNames.ETag, context.Document);
            if (code == "201")
            {
                success.Headers[HeaderNames.Location] = new OpenApiHeaderReference(HeaderNames.Location, context.Document);
                if (metadata.OfType<IdempotentAttribute>().Any())
                    success.Headers[IdempotencyMiddleware.ReplayedHeader] = new OpenApiHeaderReference(IdempotencyMiddleware.ReplayedHeader, context.Document);
            }
        }
    }

    /// <summary>
    /// A route that answers in several formats (statistics as JSON, CSV or XLSX; the committee report as
    /// HTML or Markdown) declares each; the API explorer keeps only one of them. A file has no schema: its
    /// media type says what it is.
    /// </summary>
    private static void DeclareEveryContentType(OpenApiOperation operation, OperationFilterContext context)
    {
        var produces = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>()
            .Where(p => p.StatusCode is >= 200 and < 300);
        foreach (var declared in produces)
        {
            if (!operation.Responses!.TryGetValue(declared.StatusCode.ToString(), out var found) || found is not OpenApiResponse answer) continue;
            answer.Content ??= new Dictionary<string, IOpenApiMediaType>();
            var body = declared.Type is { } type && type != typeof(void) ? type : null;
            foreach (var contentType in declared.ContentTypes)
                answer.Content.TryAdd(contentType, new OpenApiMediaType
                {
                    Schema = body is null ? null : context.SchemaGenerator.GenerateSchema(body, context.SchemaRepository),
                });
        }
    }

    /// <summary>The problem answers and headers that operations refer to, under <c>components</c>.</summary>
    public static void AddComponents(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        var headers = document.Components.Headers;
        headers[RateLimitLimitHeader] = Header(
            "How many requests a minute this caller may make: per API key, per staff member, or per client address without credentials.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = int.MaxValue.ToString() });
        headers[RateLimitRemainingHeader] = Header(
            "How many requests this caller has left in the current minute.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = int.MaxValue.ToString() });
        headers[RetryAfterHeader] = Header(
            "Seconds to wait before trying again: until the rate limit's one-minute window ends, or a few seconds while the database is away.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "60" });
        headers[HeaderNames.ETag] = Header(
            "The resource's version. Send it as If-Match when you change the resource.",
            new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^\"[0-9]{1,10}\"$", MaxLength = "\"4294967295\"".Length });
        headers[HeaderNames.Location] = Header(
            "The new resource's address.",
            new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference", MaxLength = LongestLocation });
        headers[IdempotencyMiddleware.ReplayedHeader] = Header(
            "Present on the answer to a retry with the same Idempotency-Key: the first request's answer, sent again; nothing was created.",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["true"] });

        var referenced = document.Paths.Values
            .SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(operation => operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
            .OfType<OpenApiResponseReference>()
            .Select(reference => reference.Reference.Id)
            .ToHashSet();
        document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        foreach (var (status, (id, description)) in Problems.Where(p => referenced.Contains(p.Value.Id)))
            document.Components.Responses[id] = ProblemAnswer(status, description, context, withHeaders: true, document);
    }

    private static OpenApiResponse ProblemAnswer(int status, string description, OperationFilterContext context, bool withHeaders) =>
        ProblemAnswer(status, description, context.SchemaGenerator, context.SchemaRepository, withHeaders, context.Document);

    private static OpenApiResponse ProblemAnswer(int status, string description, DocumentFilterContext context, bool withHeaders, OpenApiDocument document) =>
        ProblemAnswer(status, description, context.SchemaGenerator, context.SchemaRepository, withHeaders, document);

    private static OpenApiResponse ProblemAnswer(
        int status, string description, ISchemaGenerator schemas, SchemaRepository repository, bool withHeaders, OpenApiDocument document)
    {
        var body = status == StatusCodes.Status400BadRequest ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
        var answer = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = schemas.GenerateSchema(body, repository) },
            },
        };
        if (!withHeaders) return answer;
        answer.Headers = new Dictionary<string, IOpenApiHeader>();
        if (status < 500) AddRateLimitHeaders(answer.Headers, document);
        if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
            answer.Headers[RetryAfterHeader] = new OpenApiHeaderReference(RetryAfterHeader, document);
        if (answer.Headers.Count == 0) answer.Headers = null;
        return answer;
    }

    private static void AddRateLimitHeaders(IDictionary<string, IOpenApiHeader> headers, OpenApiDocument document)
    {
        headers[RateLimitLimitHeader] = new OpenApiHeaderReference(RateLimitLimitHeader, document);
        headers[RateLimitRemainingHeader] = new OpenApiHeaderReference(RateLimitRemainingHeader, document);
    }

    private static OpenApiHeader Header(string description, OpenApiSchema schema) => new() { Description = description, Schema = schema };
}
