using PartnerCrm.Application.Common;

namespace PartnerCrm.Api.Endpoints;

/// <summary>Entity tags are the row version in quotes: <c>"1234"</c>.</summary>
public static class ETags
{
    public static void SetETag(this HttpResponse response, uint version) => response.Headers.ETag = $"\"{version}\"";

    /// <summary>
    /// The version an <c>If-Match</c> header asks for: null when absent or <c>*</c>. A tag this API
    /// never issued cannot match, so it fails the precondition.
    /// </summary>
    public static uint? ExpectedVersion(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*") return null;
        var tag = ifMatch.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal)) tag = tag[2..];
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"' && uint.TryParse(tag[1..^1], out var version)
            ? version
            : throw new StaleVersionException();
    }
}
