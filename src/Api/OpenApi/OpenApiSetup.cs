using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using PartnerCrm.Api.Security;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Internships;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartnerCrm.Api.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentUrl = "/openapi/v1.json";
    public const string BearerScheme = "Bearer";
    public const string ApiKeyScheme = "ApiKey";

    public static IServiceCollection AddPartnerCrmOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<ValidatorCatalogue>();
        // Swashbuckle reads enum and naming rules from the MVC JSON options: keep them equal to the API's.
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => Json.Configure(options.JsonSerializerOptions));
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "PartnerCrm API",
                Version = "v1",
                Description =
                    "Employer partnerships for refugee integration in Gentofte Kommune: companies, contacts, activities " +
                    "and partnerships. Errors are RFC 9457 problem+json. Lists are paged with limit and an opaque cursor.",
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description =
                    "A staff token (a signed JWT) with the claims sub, name and role (consultant, analyst or admin). PartnerCrm checks it " +
                    "as RFC8725 (JSON Web Token Best Current Practices) asks in these points: a signature is required and verified with the " +
                    "configured signing key or the identity provider's published keys, so an unsigned token (alg none) is refused; the " +
                    "issuer and the audience must be the configured ones; the token must carry an expiry and be within its lifetime " +
                    "(one minute of clock skew). The token's typ header is not checked.",
            });
            options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "An employer's API key (pcrm_…), issued by the jobcenter for one company. Only for /api/v1/employer.",
            });
            options.OperationFilter<CsvRequestBodies>();
            options.OperationFilter<AuthorizationOperationFilter>();
            options.OperationFilter<InternshipExamples>();
            options.OperationFilter<IdempotencyKeyHeader>();
            options.OperationFilter<QueryParameterLimits>();
            options.OperationFilter<ResponseDeclarations>();
            options.SchemaFilter<VersionAsETag>();
            options.SchemaFilter<ValidationLimitsSchemaFilter>();
            options.DocumentFilter<DocumentDefaults>();
            options.CustomOperationIds(OperationId);
            options.SupportNonNullableReferenceTypes();
            // A nullable enum or object is written as allOf + nullable, which client generators read as optional.
            options.UseAllOfToExtendReferenceSchemas();
            options.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    public static WebApplication UsePartnerCrmOpenApi(this WebApplication app)
    {
        app.UseSwagger(options => options.RouteTemplate = "openapi/{documentName}.json");
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(DocumentUrl, "PartnerCrm API v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "PartnerCrm API";
        });
        return app;
    }

    /// <summary>
    /// Stable operation ids for client generators: the resource and the handler's name, e.g.
    /// <c>EmployerPost</c> for <c>EmployerEndpoints.Post</c>.
    /// </summary>
    private static string? OperationId(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription api)
    {
        var handler = api.ActionDescriptor.EndpointMetadata.OfType<System.Reflection.MethodInfo>().FirstOrDefault();
        if (handler?.DeclaringType is not { } resource) return null;
        return resource.Name.Replace("Endpoints", "", StringComparison.Ordinal) + handler.Name;
    }

    /// <summary>Short schema names; generic pages read as e.g. <c>CompanyDtoPage</c>.</summary>
    private static string SchemaId(Type type) =>
        type.IsGenericType
            ? string.Concat(type.GetGenericArguments().Select(SchemaId)) + type.Name[..type.Name.IndexOf('`')]
            : type.Name;

    /// <summary>
    /// Marks every protected operation with the one scheme it accepts: API key on the employer API,
    /// bearer token elsewhere. Its answers (401, 403, 429) are declared by <see cref="ResponseDeclarations"/>.
    /// </summary>
    private sealed class AuthorizationOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any()) return;

            var employer = metadata.OfType<IAuthorizeData>().Any(data => data.Policy == Policies.Employer);
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(employer ? ApiKeyScheme : BearerScheme, context.Document)] = [],
            });
        }
    }

    /// <summary>A resource's version is its <c>ETag</c> header, never a field of the body (see <see cref="Json"/>).</summary>
    private sealed class VersionAsETag : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (!typeof(IVersioned).IsAssignableFrom(context.Type) || schema is not OpenApiSchema concrete) return;
            concrete.Properties?.Remove("version");
            concrete.Required?.Remove("version");
        }
    }

    /// <summary>Documents the optional <c>Idempotency-Key</c> header on the routes that honour it.</summary>
    private sealed class IdempotencyKeyHeader : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<Idempotency.IdempotentAttribute>().Any()) return;
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Idempotency.IdempotencyMiddleware.HeaderName,
                In = ParameterLocation.Header,
                Required = false,
                Description = "A unique key per new request (e.g. a UUID); send the same key when you retry it. Kept 24 hours.",
                // The middleware's rule: 1 to 255 characters, none of them a control character.
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 255, Pattern = RuleLimits.OneLinePattern },
            });
        }
    }

    /// <summary>An example offer body for the routes that post or change internship offers.</summary>
    private sealed class InternshipExamples : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var bodyType = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Source.Id == "Body")?.Type;
            if (bodyType is null || !typeof(InternshipOfferInput).IsAssignableFrom(bodyType)) return;
            if (operation.RequestBody?.Content?.TryGetValue("application/json", out var json) != true || json is not OpenApiMediaType media) return;

            var example = new JsonObject
            {
                ["title"] = "Praktik som lagermedarbejder",
                ["description"] = "Plukning og pakning af ordrer. Sikkerhedssko udleveres.",
                ["city"] = "Gentofte",
                ["postalCode"] = "2820",
                ["startDate"] = "2027-02-01",
                ["durationWeeks"] = 8,
                ["hoursPerWeek"] = 25,
                ["slots"] = 2,
                ["danishLevel"] = "DU2",
                ["status"] = "open",
                ["externalReference"] = "HR-2027-014",
            };
            if (bodyType == typeof(StaffInternshipRequest)) example["companyId"] = "01a2185a-ffcc-7e49-8cce-5aa7c3b93da8";
            media.Example = example;
        }
    }
}
