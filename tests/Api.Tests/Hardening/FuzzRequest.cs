using System.Globalization;
using System.Text;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>A header as sent, and as the report shows it (a bearer token is shown by its role, not in full).</summary>
public sealed record FuzzHeader(string Name, string Value, string? Display = null);

/// <summary>One request exactly as it goes over the wire, with the words that say what was hostile about it.</summary>
public sealed record FuzzRequest(
    FuzzOperation Operation,
    int OperationRequest,
    int Seed,
    string Url,
    IReadOnlyList<FuzzHeader> Headers,
    byte[]? Body,
    IReadOnlyList<string> Kinds,
    IReadOnlyDictionary<string, Guid> PathIds)
{
    public const int ShownBodyCharacters = 500;

    public string Method => Operation.Method;

    public string Kind => Kinds.Count == 0 ? "valid request" : string.Join(" + ", Kinds);

    /// <summary>The request as a reader can repeat it: method, URL, headers and the start of the body.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Method).Append(' ').Append(Url).AppendLine();
        foreach (var header in Headers)
            text.Append("    ").Append(header.Name).Append(": ").Append(Visible(header.Display ?? header.Value, 200)).AppendLine();
        if (Body is null) text.Append("    (no body)");
        else if (Body.Length == 0) text.Append("    (empty body)");
        else
            text.Append("    body, ").Append(Body.Length.ToString("N0", CultureInfo.InvariantCulture)).Append(" bytes: ")
                .Append(Visible(Encoding.UTF8.GetString(Body), ShownBodyCharacters));
        return text.ToString();
    }

    /// <summary>
    /// Text safe to print: control characters, lone surrogates and invisible format characters as <c>\uXXXX</c>,
    /// at most <paramref name="max"/> characters.
    /// </summary>
    public static string Visible(string value, int max)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length && i < max; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                text.Append(c).Append(value[++i]);
            else if (char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format || c is '\uFFFE' or '\uFFFF')
                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
                text.Append(c);
        }
        if (value.Length > max) text.Append($"… ({value.Length.ToString("N0", CultureInfo.InvariantCulture)} characters in all)");
        return text.ToString();
    }
}

/// <summary>Percent-encoding that also writes what a browser would refuse to: a lone surrogate becomes its (invalid) UTF-8 bytes.</summary>
public static class Percent
{
    public static string Encode(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~')
            {
                text.Append(c);
                continue;
            }
            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                codePoint = char.ConvertToUtf32(c, value[++i]);
            foreach (var b in Utf8Of(codePoint)) text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    private static IEnumerable<byte> Utf8Of(int codePoint) => codePoint switch
    {
        < 0x80 => [(byte)codePoint],
        < 0x800 => [(byte)(0xC0 | codePoint >> 6), (byte)(0x80 | codePoint & 0x3F)],
        < 0x10000 => [(byte)(0xE0 | codePoint >> 12), (byte)(0x80 | codePoint >> 6 & 0x3F), (byte)(0x80 | codePoint & 0x3F)],
        _ => [(byte)(0xF0 | codePoint >> 18), (byte)(0x80 | codePoint >> 12 & 0x3F), (byte)(0x80 | codePoint >> 6 & 0x3F), (byte)(0x80 | codePoint & 0x3F)],
    };
}
