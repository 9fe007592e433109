using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartnerCrm.Api.OpenApi;

/// <summary>Route metadata: the route reads its body as a CSV file of at most <paramref name="MaxBytes"/> bytes.</summary>
public sealed record CsvRequestBody(int MaxBytes);

/// <summary>
/// Declares the CSV body of a route that reads one. Such a route does not say <c>Accepts("text/csv")</c>: routing
/// would then refuse any other body with 415 before authentication, and a caller without a token must hear 401 first.
/// </summary>
public sealed class CsvRequestBodies : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvRequestBody>().FirstOrDefault() is not { } csv) return;
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The CSV file itself.",
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = csv.MaxBytes } },
            },
        };
    }
}
