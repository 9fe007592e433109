using System.Globalization;
using System.Text;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>
/// A JSON value the fuzzer can write exactly as it wants: numbers and literals are kept as raw text (so
/// <c>-0</c>, <c>1e309</c> or even <c>NaN</c> go out as written), strings may hold lone surrogates and
/// control characters (written as <c>\uXXXX</c> escapes), and objects keep their order and duplicates.
/// </summary>
public abstract record JsonText
{
    public static readonly JsonText Null = new Raw("null");
    public static readonly JsonText True = new Raw("true");
    public static readonly JsonText False = new Raw("false");

    public static JsonText Of(string value) => new Str(value);

    public static JsonText Of(long value) => new Raw(value.ToString(CultureInfo.InvariantCulture));

    public static JsonText Of(bool value) => value ? True : False;

    public sealed record Obj(List<KeyValuePair<string, JsonText>> Members) : JsonText
    {
        public Obj() : this(new List<KeyValuePair<string, JsonText>>())
        {
        }

        public JsonText? this[string name] => Members.FirstOrDefault(m => m.Key == name).Value;

        public void Set(string name, JsonText value)
        {
            var index = Members.FindIndex(m => m.Key == name);
            if (index >= 0) Members[index] = new(name, value);
            else Members.Add(new(name, value));
        }

        public void Remove(string name) => Members.RemoveAll(m => m.Key == name);
    }

    public sealed record Arr(List<JsonText> Items) : JsonText;

    public sealed record Str(string Value) : JsonText;

    /// <summary>Written verbatim: a number, a literal, or text that is not JSON at all.</summary>
    public sealed record Raw(string Text) : JsonText;

    /// <summary>The value as a query string or path segment would carry it.</summary>
    public string AsText() => this switch
    {
        Str s => s.Value,
        Raw r => r.Text,
        _ => Write(),
    };

    public string Write()
    {
        var text = new StringBuilder();
        Write(text);
        return text.ToString();
    }

    private void Write(StringBuilder text)
    {
        switch (this)
        {
            case Raw raw:
                text.Append(raw.Text);
                break;
            case Str str:
                WriteString(text, str.Value);
                break;
            case Arr arr:
                text.Append('[');
                for (var i = 0; i < arr.Items.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    arr.Items[i].Write(text);
                }
                text.Append(']');
                break;
            case Obj obj:
                text.Append('{');
                for (var i = 0; i < obj.Members.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    WriteString(text, obj.Members[i].Key);
                    text.Append(':');
                    obj.Members[i].Value.Write(text);
                }
                text.Append('}');
                break;
        }
    }

    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pairs = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (pairs)
            {
                text.Append(c).Append(value[++i]);
            }
            else if (c is '"' or '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (c < 0x20 || char.IsSurrogate(c))
            {
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }
        text.Append('"');
    }
}
