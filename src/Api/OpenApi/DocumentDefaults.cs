using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartnerCrm.Api.OpenApi;

/// <summary>
/// What the whole document says: the server it describes, the shared answers and headers, and the limits of
/// every value the validators say nothing of. A text without a known greatest length gets
/// <see cref="LongestText"/>; a uuid, date or timestamp the length of its written form; an integer the range
/// of its type. A list without a known greatest length gets none: the document does not invent one.
/// </summary>
public sealed class DocumentDefaults(IHostEnvironment environment) : IDocumentFilter
{
    /// <summary>The longest text PartnerCrm stores (notes, descriptions, summaries: 4000 characters).</summary>
    public const int LongestText = 4000;

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Servers =
        [
            new OpenApiServer
            {
                Url = "/",
                Description = $"The PartnerCrm instance that serves this document ({EnvironmentWord()}).",
                Extensions = new Dictionary<string, IOpenApiExtension>
                {
                    // Employers' own systems call the employer API: the API is not only for the jobcenter's network.
                    ["x-internal"] = new JsonNodeExtension(JsonValue.Create(false)),
                },
            },
        ];
        ResponseDeclarations.AddComponents(document, context);

        var limited = new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in document.Components?.Schemas?.Values ?? []) Limit(schema, limited);
        foreach (var header in document.Components?.Headers?.Values ?? []) Limit(header.Schema, limited);
        foreach (var operation in document.Paths.Values.SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            foreach (var parameter in operation.Parameters ?? []) Limit(parameter.Schema, limited);
            foreach (var media in operation.RequestBody?.Content?.Values ?? []) Limit(media.Schema, limited);
            foreach (var response in (operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>()).OfType<OpenApiResponse>())
            {
                foreach (var media in response.Content?.Values ?? []) Limit(media.Schema, limited);
                foreach (var header in (response.Headers?.Values ?? []).OfType<OpenApiHeader>()) Limit(header.Schema, limited);
            }
        }
    }

    /// <summary>A word the inventory rule knows for the environment: production, staging or local development.</summary>
    private string EnvironmentWord() =>
        environment.IsProduction() ? "production"
        : environment.IsStaging() ? "staging"
        : environment.IsDevelopment() ? "local development"
        : environment.EnvironmentName.ToLowerInvariant();

    private static void Limit(IOpenApiSchema? schema, HashSet<OpenApiSchema> limited)
    {
        if (schema is not OpenApiSchema concrete || !limited.Add(concrete)) return;
        var type = concrete.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String) && concrete.MaxLength is null && concrete.Enum is not { Count: > 0 } && concrete.Const is null)
            concrete.MaxLength = concrete.Format switch
            {
                "uuid" => 36,
                "date" => "2100-12-31".Length,
                // ISO 8601 with the offset; the longest the API writes, 2100-12-31T23:59:59.9999999+14:00, is 33 characters.
                "date-time" => 35,
                _ => LongestText,
            };
        if (type.HasFlag(JsonSchemaType.Integer))
        {
            var wide = concrete.Format == "int64";
            concrete.Format ??= "int32";
            if (concrete.Minimum is null && concrete.ExclusiveMinimum is null) concrete.Minimum = (wide ? long.MinValue : int.MinValue).ToString();
            if (concrete.Maximum is null && concrete.ExclusiveMaximum is null) concrete.Maximum = (wide ? long.MaxValue : int.MaxValue).ToString();
        }

        Limit(concrete.Items, limited);
        if (concrete.AdditionalProperties is { } values) Limit(values, limited);
        foreach (var property in concrete.Properties?.Values ?? []) Limit(property, limited);
        foreach (var part in (concrete.AllOf ?? []).Concat(concrete.AnyOf ?? []).Concat(concrete.OneOf ?? [])) Limit(part, limited);
    }
}
