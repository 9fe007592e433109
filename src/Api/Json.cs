using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Api;

/// <summary>
/// The API's JSON: camelCase properties, enums as the words of <see cref="EnumNaming"/>, and no
/// <c>version</c> in a body, because a resource's version travels as its <c>ETag</c> header.
/// </summary>
public static class Json
{
    /// <summary>The API's own JSON settings, for the few places that serialise by hand.</summary>
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(EnumWords.Instance, allowIntegerValues: false));
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(LeaveOutVersion);
    }

    private static void LeaveOutVersion(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || !typeof(IVersioned).IsAssignableFrom(type.Type)) return;
        var version = type.Properties.FirstOrDefault(p => p.Name == "version");
        if (version is not null) type.Properties.Remove(version);
    }

    private sealed class EnumWords : JsonNamingPolicy
    {
        public static readonly EnumWords Instance = new();

        public override string ConvertName(string name) => EnumNaming.ConvertName(name);
    }
}
