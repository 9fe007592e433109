using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartnerCrm.Api.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentUrl = "/openapi/v1.json";
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddPartnerCrmOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
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
                Description = "A staff token with the claims sub, name and role (consultant, analyst or admin).",
            });
            options.OperationFilter<AuthorizationOperationFilter>();
            options.SupportNonNullableReferenceTypes();
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

    /// <summary>Short schema names; generic pages read as e.g. <c>CompanyDtoPage</c>.</summary>
    private static string SchemaId(Type type) =>
        type.IsGenericType
            ? string.Concat(type.GetGenericArguments().Select(SchemaId)) + type.Name[..type.Name.IndexOf('`')]
            : type.Name;

    /// <summary>Marks every operation that needs a token with the Bearer scheme and its 401/403 answers.</summary>
    private sealed class AuthorizationOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any()) return;

            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [],
            });
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No token, or the token is not valid." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The token's role may not do this." });
        }
    }
}

public static class Json
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }
}
