using System.Text.Json;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>A schema of the OpenAPI document with its references and <c>allOf</c> wrappers resolved.</summary>
public sealed record Schema(
    string Type,
    string? Format = null,
    IReadOnlyList<string>? Enum = null,
    IReadOnlyList<KeyValuePair<string, Schema>>? Properties = null,
    Schema? Items = null,
    bool Nullable = false,
    string? Name = null)
{
    /// <summary>What kind of value the fuzzer generates for it.</summary>
    public string Category => Enum is not null ? "enum" : (Type, Format) switch
    {
        ("string", "date") => "date",
        ("string", "date-time") => "timestamp",
        ("string", "uuid") => "guid",
        _ => Type,
    };
}

public sealed record FuzzParameter(string Name, string In, Schema Schema);

/// <summary>One operation (path and method) of the document.</summary>
public sealed record FuzzOperation(
    string Method,
    string Path,
    string Id,
    string? SecurityScheme,
    IReadOnlyList<FuzzParameter> Parameters,
    Schema? Body,
    bool Creates)
{
    public string Name => $"{Method} {Path}";

    public IEnumerable<FuzzParameter> In(string location) => Parameters.Where(p => p.In == location);

    public bool Has(string location) => Parameters.Any(p => p.In == location);

    public bool HasHeader(string name) => Parameters.Any(p => p.In == "header" && p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The literal path segments, without the parameters.</summary>
    public IReadOnlyList<string> Segments => Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Reads the operations and schemas of the API's own OpenAPI document (3.0, as Swashbuckle writes it).</summary>
public static class OpenApiReader
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public static IReadOnlyList<FuzzOperation> Operations(JsonElement document)
    {
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var operations = new List<FuzzOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var pathParameters) ? pathParameters.EnumerateArray().ToList() : [];
            foreach (var method in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
            {
                var operation = method.Value;
                var parameters = shared
                    .Concat(operation.TryGetProperty("parameters", out var own) ? own.EnumerateArray() : [])
                    .Select(p => new FuzzParameter(
                        p.GetProperty("name").GetString()!,
                        p.GetProperty("in").GetString()!,
                        p.TryGetProperty("schema", out var schema) ? Resolve(schema, schemas, 0) : new Schema("string")))
                    .ToList();
                Schema? body = null;
                if (operation.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.GetProperty("content").TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("schema", out var bodySchema))
                    body = Resolve(bodySchema, schemas, 0);
                string? scheme = null;
                if (operation.TryGetProperty("security", out var security))
                    scheme = security.EnumerateArray().SelectMany(r => r.EnumerateObject()).Select(r => r.Name).FirstOrDefault();
                var creates = operation.TryGetProperty("responses", out var responses) && responses.TryGetProperty("201", out _);
                operations.Add(new FuzzOperation(
                    method.Name.ToUpperInvariant(),
                    path.Name,
                    operation.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{method.Name} {path.Name}",
                    scheme,
                    parameters,
                    body,
                    creates));
            }
        }
        return operations;
    }

    /// <summary>All enumerations of the document by schema name, e.g. <c>PartnershipStatus</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Enums(JsonElement document) =>
        document.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("enum", out _))
            .ToDictionary(s => s.Name, s => (IReadOnlyList<string>)s.Value.GetProperty("enum").EnumerateArray().Select(e => e.ToString()).ToList());

    private static Schema Resolve(JsonElement node, JsonElement schemas, int depth, string? name = null)
    {
        var nullable = node.TryGetProperty("nullable", out var n) && n.ValueKind == JsonValueKind.True;
        if (depth > 12) return new Schema("object", Nullable: nullable, Name: name);
        if (node.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!.Split('/')[^1];
            return Resolve(schemas.GetProperty(target), schemas, depth + 1, target) with { Nullable = nullable };
        }
        if (node.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() > 0)
            return Resolve(allOf[0], schemas, depth + 1) with { Nullable = nullable };

        var type = node.TryGetProperty("type", out var t) ? t.GetString()! : node.TryGetProperty("enum", out _) ? "string" : "any";
        var format = node.TryGetProperty("format", out var f) ? f.GetString() : null;
        IReadOnlyList<string>? values = node.TryGetProperty("enum", out var e) ? e.EnumerateArray().Select(v => v.ToString()).ToList() : null;
        IReadOnlyList<KeyValuePair<string, Schema>>? properties = node.TryGetProperty("properties", out var p)
            ? p.EnumerateObject().Select(member => new KeyValuePair<string, Schema>(member.Name, Resolve(member.Value, schemas, depth + 1))).ToList()
            : null;
        var items = node.TryGetProperty("items", out var i) ? Resolve(i, schemas, depth + 1) : null;
        return new Schema(type, format, values, properties, items, nullable, name);
    }
}
