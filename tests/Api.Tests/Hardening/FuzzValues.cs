using System.Globalization;
using static PartnerCrm.Api.Tests.Hardening.JsonText;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>A hostile value with the words the failure report uses for it.</summary>
public sealed record FuzzValue(string Label, JsonText Json, double Weight = 1)
{
    public static FuzzValue Text(string label, string value, double weight = 1) => new(label, new Str(value), weight);

    public static FuzzValue Literal(string label, string raw, double weight = 1) => new(label, new Raw(raw), weight);
}

/// <summary>
/// The catalogue of hostile values, per kind of field: boundaries, wrong types, control characters, far
/// dates, injection strings. A request takes one value from it; the label tells the report what was sent.
/// </summary>
public static class FuzzValues
{
    public const int OneMillion = 1_000_000;

    /// <summary>Kept below the 1 MiB body limit together with the rest of a body.</summary>
    private static readonly string Million = new('x', OneMillion);

    public static readonly IReadOnlyList<FuzzValue> Strings =
    [
        FuzzValue.Text("empty string", ""),
        FuzzValue.Text("whitespace only", "   "),
        FuzzValue.Text("10k characters", new string('x', 10_000)),
        FuzzValue.Text("1M characters", Million, 0.15),
        FuzzValue.Text("10k characters of emoji", string.Concat(Enumerable.Repeat("\U0001F469\u200D\U0001F527", 2_500)), 0.5),
        FuzzValue.Text("256 characters", new string('a', 256)),
        FuzzValue.Text("4001 characters", new string('b', 4_001)),
        FuzzValue.Text("NUL character", "\u0000", 2),
        FuzzValue.Text("NUL inside text", "Fuzz\u0000tekst", 2),
        FuzzValue.Text("control character U+0001", "a\u0001b"),
        FuzzValue.Text("escape sequence U+001B", "\u001b[31mrød\u001b[0m"),
        FuzzValue.Text("bell, backspace, DEL", "\u0007\u0008\u007f"),
        FuzzValue.Text("tab and line breaks", "linje 1\r\nlinje 2\tx\n"),
        FuzzValue.Text("lone high surrogate", "a\ud800b", 1.5),
        FuzzValue.Text("lone low surrogate", "\udc00", 1.5),
        FuzzValue.Text("reversed surrogate pair", "\udc00\ud800"),
        FuzzValue.Text("RTL override", "\u202Egnp.exe"),
        FuzzValue.Text("zero-width characters and BOM", "\u200B\uFEFF\u200D"),
        FuzzValue.Text("noncharacters U+FFFE U+FFFF", "\uFFFE\uFFFF"),
        FuzzValue.Text("combining marks", "Z\u0351\u0337\u0489a\u0300\u0301\u0302l\u0303g\u0304o"),
        FuzzValue.Text("Danish letters", "Æblegrød på Ærø, Åbenrå"),
        FuzzValue.Text("Arabic, Hebrew and CJK", "مرحبا שלום 你好"),
        FuzzValue.Text("SQL injection", "'; DROP TABLE companies; --"),
        FuzzValue.Text("SQL tautology", "' OR '1'='1' --"),
        FuzzValue.Text("LIKE wildcards and backslash", "%_%\\"),
        FuzzValue.Text("HTML script", "<script>alert(1)</script>"),
        FuzzValue.Text("HTML attribute break-out", "\"><img src=x onerror=alert(1)>"),
        FuzzValue.Text("Markdown heading and table", "# Overskrift\n| a | b |\n|---|---|\n"),
        FuzzValue.Text("CSV formula", "=HYPERLINK(\"http://example.invalid\",\"klik\")"),
        FuzzValue.Text("CSV quotes, separators and line break", "a,\"b\";c\r\nd"),
        FuzzValue.Text("path traversal", "../../../etc/passwd"),
        FuzzValue.Text("format placeholders", "{0}{1}%s%n%d"),
        FuzzValue.Text("template expressions", "{{7*7}}${7*7}#{7*7}"),
        FuzzValue.Text("JNDI lookup", "${jndi:ldap://example.invalid/a}"),
        FuzzValue.Text("the word null", "null"),
        FuzzValue.Text("digits only", "12345678"),
        FuzzValue.Text("CPR-like number", "010190-1234"),
        FuzzValue.Text("javascript URL", "javascript:alert(1)"),
        FuzzValue.Text("escaped-looking text", "\\u0000\\\"\\'"),
    ];

    public static readonly IReadOnlyList<FuzzValue> Integers =
    [
        FuzzValue.Literal("0", "0"),
        FuzzValue.Literal("-1", "-1"),
        FuzzValue.Literal("int.MaxValue", int.MaxValue.ToString(CultureInfo.InvariantCulture)),
        FuzzValue.Literal("int.MinValue", int.MinValue.ToString(CultureInfo.InvariantCulture)),
        FuzzValue.Literal("int.MaxValue + 1", "2147483648"),
        FuzzValue.Literal("long.MaxValue", long.MaxValue.ToString(CultureInfo.InvariantCulture)),
        FuzzValue.Literal("long.MinValue", long.MinValue.ToString(CultureInfo.InvariantCulture)),
        FuzzValue.Literal("long.MaxValue + 1", "9223372036854775808"),
        FuzzValue.Literal("1e308", "1e308"),
        FuzzValue.Literal("-1e308", "-1e308"),
        FuzzValue.Literal("1e309 (beyond double)", "1e309"),
        FuzzValue.Literal("-0", "-0"),
        FuzzValue.Literal("-0.0", "-0.0"),
        FuzzValue.Literal("0.5", "0.5"),
        FuzzValue.Literal("1.0", "1.0"),
        FuzzValue.Literal("1e2", "1e2"),
        FuzzValue.Literal("4.9e-324", "4.9e-324"),
        FuzzValue.Literal("10k digits", new string('9', 10_000), 0.5),
        FuzzValue.Text("number as string", "12"),
        FuzzValue.Text("\"NaN\"", "NaN"),
        FuzzValue.Text("\"Infinity\"", "Infinity"),
        FuzzValue.Text("\"-0\"", "-0"),
        FuzzValue.Literal("bare NaN (not JSON)", "NaN"),
        FuzzValue.Literal("bare Infinity (not JSON)", "Infinity"),
        FuzzValue.Literal("leading zero (not JSON)", "01"),
        FuzzValue.Literal("hex (not JSON)", "0x10"),
    ];

    public static readonly IReadOnlyList<FuzzValue> Decimals =
    [
        .. Integers,
        FuzzValue.Literal("0.05", "0.05"),
        FuzzValue.Literal("48.01", "48.01"),
        FuzzValue.Literal("1e-7", "1e-7"),
        FuzzValue.Literal("beyond decimal", "79228162514264337593543950336"),
        FuzzValue.Literal("20 decimals", "0.12345678901234567890"),
    ];

    public static readonly IReadOnlyList<FuzzValue> Dates =
    [
        FuzzValue.Text("date 0001-01-01", "0001-01-01", 2),
        FuzzValue.Text("date 9999-12-31", "9999-12-31", 3),
        FuzzValue.Text("date 10000-01-01", "10000-01-01"),
        FuzzValue.Text("date -infinity", "-infinity"),
        FuzzValue.Text("date infinity", "infinity"),
        FuzzValue.Text("date 1899-12-31", "1899-12-31", 2),
        FuzzValue.Text("date 2101-01-01", "2101-01-01", 2),
        FuzzValue.Text("date 1900-01-01", "1900-01-01"),
        FuzzValue.Text("date 1970-01-01", "1970-01-01"),
        FuzzValue.Text("date 2024-02-29", "2024-02-29"),
        FuzzValue.Text("date 2023-02-29 (no such day)", "2023-02-29"),
        FuzzValue.Text("date 2024-13-01 (no such month)", "2024-13-01"),
        FuzzValue.Text("date 0000-01-01", "0000-01-01"),
        FuzzValue.Text("date -0001-01-01", "-0001-01-01"),
        FuzzValue.Text("date 20240101", "20240101"),
        FuzzValue.Text("date 2024-1-1", "2024-1-1"),
        FuzzValue.Text("date 01-02-2024", "01-02-2024"),
        FuzzValue.Text("timestamp where a date belongs", "2024-01-01T23:30:00-05:00"),
        FuzzValue.Text("date with NUL", "2024-01-01\u0000"),
        FuzzValue.Text("date word today", "today"),
    ];

    public static readonly IReadOnlyList<FuzzValue> Timestamps =
    [
        FuzzValue.Text("timestamp offset +14:00", "2025-01-01T00:00:00+14:00"),
        FuzzValue.Text("timestamp offset -14:00", "2025-01-01T00:00:00-14:00"),
        FuzzValue.Text("timestamp offset +14:01", "2025-01-01T00:00:00+14:01"),
        FuzzValue.Text("timestamp offset +05:45", "2025-01-01T00:00:00+05:45"),
        FuzzValue.Text("timestamp offset +23:59", "2025-01-01T00:00:00+23:59"),
        FuzzValue.Text("timestamp offset -00:00", "2025-01-01T00:00:00-00:00"),
        FuzzValue.Text("timestamp without offset", "2025-01-01T12:00:00"),
        FuzzValue.Text("timestamp with space", "2025-01-01 12:00:00Z"),
        FuzzValue.Text("timestamp 0001-01-01Z", "0001-01-01T00:00:00Z", 2),
        FuzzValue.Text("timestamp 0001-01-01+01:00 (before year 1 in UTC)", "0001-01-01T00:00:00+01:00", 2),
        FuzzValue.Text("timestamp 9999-12-31Z", "9999-12-31T23:59:59.9999999Z", 3),
        FuzzValue.Text("timestamp 9999-12-31-01:00 (after year 9999 in UTC)", "9999-12-31T23:59:59-01:00", 2),
        FuzzValue.Text("timestamp 10000-01-01", "10000-01-01T00:00:00Z"),
        FuzzValue.Text("timestamp 1899-12-31", "1899-12-31T23:59:59Z", 2),
        FuzzValue.Text("timestamp 2101-01-01", "2101-01-01T00:00:00Z", 2),
        FuzzValue.Text("timestamp leap second", "2016-12-31T23:59:60Z"),
        FuzzValue.Text("timestamp hour 24", "2025-01-01T24:00:00Z"),
        FuzzValue.Text("timestamp nanoseconds", "2025-06-01T12:00:00.123456789Z"),
        FuzzValue.Text("timestamp -infinity", "-infinity"),
        FuzzValue.Text("timestamp infinity", "infinity"),
        FuzzValue.Text("date where a timestamp belongs", "2025-01-01"),
        FuzzValue.Literal("unix seconds as number", "1700000000"),
    ];

    public static IReadOnlyList<FuzzValue> Guids(Random random) =>
    [
        FuzzValue.Text("empty GUID string", ""),
        FuzzValue.Text("not a GUID", "not-a-guid"),
        FuzzValue.Text("all-zero GUID", Guid.Empty.ToString()),
        FuzzValue.Text("random GUID", NewGuid(random).ToString(), 2),
        FuzzValue.Text("GUID in braces", $"{{{NewGuid(random)}}}"),
        FuzzValue.Text("GUID without dashes", NewGuid(random).ToString("N")),
        FuzzValue.Text("GUID with trailing text", NewGuid(random) + "x"),
        FuzzValue.Text("all-F GUID", "ffffffff-ffff-ffff-ffff-ffffffffffff"),
        FuzzValue.Literal("number where a GUID belongs", "123"),
    ];

    public static IReadOnlyList<FuzzValue> EnumValues(IReadOnlyList<string> members, Random random)
    {
        var member = members[random.Next(members.Count)];
        var other = members[random.Next(members.Count)];
        return
        [
            FuzzValue.Text("unknown enum word", "unknown", 2),
            FuzzValue.Text("empty enum word", ""),
            FuzzValue.Text("enum word in upper case", member.ToUpperInvariant()),
            FuzzValue.Text("enum word in PascalCase", char.ToUpperInvariant(member[0]) + member[1..]),
            FuzzValue.Text("enum word with trailing space", member + " "),
            FuzzValue.Text("two enum words with a comma", $"{member},{other}"),
            FuzzValue.Text("enum word with NUL", member + "\u0000"),
            FuzzValue.Literal("enum as number 0", "0"),
            FuzzValue.Literal("enum as number 99", "99"),
            FuzzValue.Text("enum as digit string", "1"),
            FuzzValue.Text("10k character enum word", new string('z', 10_000), 0.5),
        ];
    }

    public static readonly IReadOnlyList<FuzzValue> Booleans =
    [
        FuzzValue.Text("boolean as string", "true"),
        FuzzValue.Literal("boolean as 1", "1"),
        FuzzValue.Literal("boolean as 0", "0"),
        FuzzValue.Text("boolean word yes", "yes"),
        FuzzValue.Text("empty string for a boolean", ""),
    ];

    /// <summary>Values of the wrong JSON type, for any field.</summary>
    public static readonly IReadOnlyList<FuzzValue> WrongTypes =
    [
        FuzzValue.Literal("null", "null"),
        FuzzValue.Literal("true", "true"),
        FuzzValue.Literal("number 0", "0"),
        FuzzValue.Literal("number 1.5", "1.5"),
        FuzzValue.Text("string", "text"),
        FuzzValue.Literal("empty object", "{}"),
        FuzzValue.Literal("empty array", "[]"),
        FuzzValue.Literal("array of numbers", "[1,2]"),
        FuzzValue.Literal("nested object", """{"a":{"b":[null]}}"""),
    ];

    public static IReadOnlyList<FuzzValue> Arrays(JsonText validItem) =>
    [
        FuzzValue.Literal("empty array", "[]"),
        FuzzValue.Literal("array with null", "[null]"),
        FuzzValue.Literal("array with unknown word", "[\"unknown\"]"),
        new("array with a duplicate", new Arr([validItem, validItem])),
        new("array of 10k items", new Arr(Enumerable.Repeat(validItem, 10_000).ToList()), 0.5),
        FuzzValue.Literal("nested arrays", "[[[]]]"),
        FuzzValue.Text("string where an array belongs", "internship"),
        FuzzValue.Literal("object where an array belongs", "{}"),
    ];

    public static readonly IReadOnlyList<FuzzValue> Objects =
    [
        FuzzValue.Literal("null object", "null"),
        FuzzValue.Literal("array where an object belongs", "[]"),
        FuzzValue.Text("string where an object belongs", ""),
        FuzzValue.Literal("empty object", "{}"),
        FuzzValue.Literal("object with unknown member", """{"unexpected":true}"""),
        FuzzValue.Literal("object nested 100 deep", string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100)),
    ];

    /// <summary>A value for a field of this schema: mostly of its own kind, sometimes any hostile string or a wrong type.</summary>
    public static FuzzValue For(Schema schema, JsonText validValue, Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.15) return Pick(WrongTypes, random);
        if (roll < 0.30 && schema.Category is not ("string" or "enum")) return Pick(Strings, random);
        return Pick(OwnKind(schema, validValue, random), random);
    }

    public static IReadOnlyList<FuzzValue> OwnKind(Schema schema, JsonText validValue, Random random) => schema.Category switch
    {
        "enum" => EnumValues(schema.Enum!, random),
        "date" => Dates,
        "timestamp" => Timestamps,
        "guid" => Guids(random),
        "integer" => Integers,
        "number" => Decimals,
        "boolean" => Booleans,
        "array" => Arrays(validValue is Arr { Items.Count: > 0 } items ? items.Items[0] : new Str("x")),
        "object" => Objects,
        _ => Strings,
    };

    public static FuzzValue Pick(IReadOnlyList<FuzzValue> values, Random random)
    {
        var total = values.Sum(v => v.Weight);
        var point = random.NextDouble() * total;
        foreach (var value in values)
        {
            point -= value.Weight;
            if (point < 0) return value;
        }
        return values[^1];
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static Guid NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
