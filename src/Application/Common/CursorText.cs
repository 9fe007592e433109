using System.Buffers.Text;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace PartnerCrm.Application.Common;

/// <summary>
/// The text of a list cursor: the values of a position record (the sort key of the last row served, in
/// the order of its constructor), each written invariantly and escaped, joined after a version mark and
/// base64url-encoded. Clients treat it as opaque.
/// </summary>
internal static class CursorText
{
    private const string Mark = "c1";
    private const char Separator = '&';
    private const string Null = "!";

    public static string Encode<TKey>(TKey key) where TKey : class
    {
        var values = Constructor<TKey>().GetParameters()
            .Select(parameter => Write(typeof(TKey).GetProperty(parameter.Name!)!.GetValue(key)));
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, values.Prepend(Mark))));
    }

    /// <summary>Whether the text is shaped like a cursor this API hands out (of any list).</summary>
    public static bool IsWellFormed(string cursor) => Parts(cursor) is not null;

    /// <summary>The position a cursor holds, or null when it is not a cursor of this list.</summary>
    public static TKey? Decode<TKey>(string cursor) where TKey : class
    {
        var parts = Parts(cursor);
        var constructor = Constructor<TKey>();
        var parameters = constructor.GetParameters();
        if (parts is null || parts.Length != parameters.Length) return null;
        var values = new object?[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!TryRead(parts[i], parameters[i].ParameterType, out values[i])) return null;
        return (TKey)constructor.Invoke(values);
    }

    private static string[]? Parts(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(Separator);
            return parts[0] == Mark ? parts[1..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static ConstructorInfo Constructor<TKey>() =>
        typeof(TKey).GetConstructors(BindingFlags.Public | BindingFlags.Instance).MaxBy(c => c.GetParameters().Length)!;

    private static string Write(object? value) => value switch
    {
        null => Null,
        string text => Uri.EscapeDataString(text),
        Guid id => id.ToString("N"),
        DateOnly date => date.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"A cursor cannot hold a {value.GetType().Name}."),
    };

    private static bool TryRead(string text, Type type, out object? value)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        if (text == Null)
        {
            value = null;
            return nullable is not null || !type.IsValueType;
        }
        var target = nullable ?? type;
        var invariant = CultureInfo.InvariantCulture;
        (value, var ok) = target switch
        {
            _ when target == typeof(string) => ((object?)Uri.UnescapeDataString(text), true),
            _ when target == typeof(Guid) => Guid.TryParseExact(text, "N", out var id) ? (id, true) : (null, false),
            _ when target == typeof(DateOnly) => DateOnly.TryParseExact(text, "O", invariant, DateTimeStyles.None, out var date) ? (date, true) : (null, false),
            _ when target == typeof(DateTimeOffset) =>
                DateTimeOffset.TryParseExact(text, "O", invariant, DateTimeStyles.None, out var time) ? (time, true) : (null, false),
            _ when target == typeof(int) => int.TryParse(text, NumberStyles.Integer, invariant, out var number) ? (number, true) : (null, false),
            _ when target == typeof(long) => long.TryParse(text, NumberStyles.Integer, invariant, out var number) ? (number, true) : (null, false),
            _ => (null, false),
        };
        return ok;
    }
}
