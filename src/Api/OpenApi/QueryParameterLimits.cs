using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartnerCrm.Api.OpenApi;

/// <summary>Route metadata: the query record whose validator checks the route's query parameters.</summary>
public sealed record QueryRecordMetadata(Type QueryType);

/// <summary>
/// Gives each query parameter the limits of the query record's property it fills (same name, any case),
/// and the header parameters the form this API reads. A route with query parameters must name its query
/// record (<c>ValidatedBy&lt;TQuery&gt;()</c>), and each parameter must be a property of it: otherwise the
/// document is not made, so a new route cannot silently go without limits.
/// </summary>
public sealed class QueryParameterLimits(ValidatorCatalogue validators) : IOperationFilter
{
    /// <summary>An <c>If-Match</c> this API can match: <c>*</c>, or an ETag it gave out (a number in quotes, optionally weak).</summary>
    public const string IfMatchPattern = "^(\\*|(W/)?\"[0-9]{1,10}\")$";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var route = $"{context.ApiDescription.HttpMethod} /{context.ApiDescription.RelativePath}";
        var query = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<QueryRecordMetadata>().FirstOrDefault()?.QueryType;
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.Schema is not OpenApiSchema schema) continue;
            switch (parameter.In)
            {
                case ParameterLocation.Query:
                    if (query is null)
                        throw new InvalidOperationException($"{route} has query parameters: name its query record with ValidatedBy<TQuery>().");
                    var property = query.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                        ?? throw new InvalidOperationException($"{route}: the query parameter '{parameter.Name}' is not a property of {query.Name}.");
                    RuleLimits.ApplyToRequest(schema, validators.RulesOf(property));
                    if (validators.IsRequired(property)) parameter.Required = true;
                    break;
                case ParameterLocation.Header when parameter.Name == "If-Match":
                    parameter.Description ??= "The ETag you read. A tag that is not the resource's current one answers 412.";
                    schema.Pattern = IfMatchPattern;
                    schema.MaxLength = "W/\"4294967295\"".Length;
                    break;
            }
        }
    }
}
