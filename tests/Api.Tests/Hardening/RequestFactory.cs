using System.Globalization;
using System.Text;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Common;
using static PartnerCrm.Api.Tests.Hardening.JsonText;

namespace PartnerCrm.Api.Tests.Hardening;

public sealed record FuzzCredentials(string ConsultantToken, string AnalystToken, string AdminToken, string EmployerKey, string RevokedKey)
{
    public string TokenOf(string role) => role switch
    {
        "analyst" => AnalystToken,
        "admin" => AdminToken,
        _ => ConsultantToken,
    };
}

/// <summary>
/// Makes the requests of a run. Each starts as a valid request derived from the operation's schemas (with
/// real ids, unique CVR numbers and case references, plausible dates) and then gets one or two mutations:
/// a hostile field value, a missing or extra field, far dates everywhere, a body that is not JSON, an odd
/// content type or header, a hostile path id or query value, or wrong credentials. Every random choice comes
/// from the request's own seed (run seed, operation, request number) and the run sends its requests in a
/// fixed order, so the same run seed sends the same requests; ids and unique numbers come from the run's data.
/// </summary>
public sealed class RequestFactory(
    FuzzSettings settings,
    ResourcePool pool,
    FuzzCredentials credentials,
    IReadOnlyDictionary<string, IReadOnlyList<string>> enums,
    TimeProvider clock)
{
    /// <summary>Every dimension the statistics offer, so a new one is fuzzed from the day it exists.</summary>
    private static readonly string[] GroupByDimensions = [.. PartnerCrm.Application.Statistics.Dimensions.All];

    private readonly IEnumerator<string> _cvrNumbers = TestData.CvrNumbers(2_000_000 + Math.Abs(settings.Seed % 5_000_000)).GetEnumerator();
    private readonly Dictionary<string, List<string>> _idempotencyKeys = new();
    private int _unique;

    private DateOnly Today => clock.Today();

    public string NextCvr()
    {
        _cvrNumbers.MoveNext();
        return _cvrNumbers.Current;
    }

    /// <summary>Request number <paramref name="index"/> of an operation; number 0 is always the valid one.</summary>
    public FuzzRequest Create(FuzzOperation operation, int index, string role)
    {
        var seed = settings.SeedOf(operation.Id, index);
        var draft = new Draft(operation, new Random(seed), Math.Abs(settings.SeedOf(operation.Id, -1) % 9973));
        Baseline(draft, role);
        if (index > 0)
        {
            var first = Mutate(draft, index, null);
            if (first is not null && draft.Random.NextDouble() < 0.15) Mutate(draft, index, first);
        }
        if (draft.Headers.FirstOrDefault(h => h.Name == "Idempotency-Key") is { } key)
        {
            if (!_idempotencyKeys.TryGetValue(operation.Id, out var keys)) _idempotencyKeys[operation.Id] = keys = [];
            keys.Add(key.Value);
        }
        return draft.Build(index, seed);
    }

    // ---- The valid request ----------------------------------------------------------------------------

    private void Baseline(Draft draft, string role)
    {
        var random = draft.Random;
        var operation = draft.Operation;
        FillPath(draft);
        foreach (var parameter in operation.In("query"))
            if (random.NextDouble() < 0.35 && QueryValue(draft, parameter) is { } value)
                draft.Query.Add(new(parameter.Name, Percent.Encode(value)));
        if (operation.HasHeader("If-Match"))
        {
            var roll = random.NextDouble();
            var etag = draft.PathIds.Values.Select(pool.ETagOf).LastOrDefault(e => e is not null);
            if (roll < 0.45 && etag is not null) draft.Headers.Add(new FuzzHeader("If-Match", etag));
            else if (roll < 0.55) draft.Headers.Add(new FuzzHeader("If-Match", "\"1\""));
        }
        if (operation.HasHeader("Idempotency-Key") && random.NextDouble() < 0.5)
            draft.Headers.Add(new FuzzHeader("Idempotency-Key", FuzzValues.NewGuid(random).ToString()));
        switch (operation.SecurityScheme)
        {
            case "Bearer":
                draft.Headers.Add(Bearer(role));
                break;
            case "ApiKey":
                draft.Headers.Add(new FuzzHeader("X-Api-Key", credentials.EmployerKey, "<the employer's API key>"));
                break;
        }
        if (operation.Body is { } body)
        {
            draft.Json = Value(draft, body, null, null);
            draft.ContentType = "application/json";
        }
    }

    private FuzzHeader Bearer(string role) => new("Authorization", $"Bearer {credentials.TokenOf(role)}", $"Bearer <{role} token>");

    /// <summary>Real ids for the path, consistent with each other: a contact's company is the contact's own company.</summary>
    private void FillPath(Draft draft)
    {
        var operation = draft.Operation;
        Resource? inner = null;
        foreach (var parameter in operation.In("path").Reverse())
        {
            var kind = ResourcePool.KindOfPathParameter(operation.Path, parameter.Name);
            Guid id;
            if (inner?.Parent is { } parent && kind == "company")
                id = parent;
            else if (kind is not null && draft.Random.NextDouble() < 0.9)
            {
                var employerOwn = operation.Path.Contains("/employer/", StringComparison.Ordinal) && draft.Random.NextDouble() < 0.9;
                var resource = employerOwn
                    ? pool.Pick(kind, draft.Random, r => r.Parent == pool.EmployerCompany)
                    : pool.Pick(kind, draft.Random);
                inner ??= resource;
                id = resource?.Id ?? FuzzValues.NewGuid(draft.Random);
            }
            else
                id = FuzzValues.NewGuid(draft.Random);
            draft.PathValues[parameter.Name] = id.ToString();
            draft.PathIds[parameter.Name] = id;
        }
    }

    private string? QueryValue(Draft draft, FuzzParameter parameter)
    {
        var random = draft.Random;
        var path = draft.Operation.Path;
        return parameter.Name switch
        {
            "limit" => random.Next(1, 201).ToString(CultureInfo.InvariantCulture),
            "cursor" => pool.CursorFor(draft.Operation.Id, random),
            "status" or "type" => EnumOfQuery(draft.Operation, parameter.Name) is { } members ? random.Pick(members) : null,
            "format" => random.Pick(FormatsOf(path)),
            "groupBy" => string.Join(',', GroupByDimensions.OrderBy(_ => random.Next()).Take(random.Next(0, 3))),
            "milestone" => random.Pick(["3m", "6m", "12m"]),
            "lang" => random.Pick(["da", "en"]),
            "from" => Today.AddYears(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "to" or "dueBefore" or "until" => Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "consultantId" => "me",
            "search" => random.Pick(["a", "Fuzz", "2", "ø"]),
            "industryCode" => "561010",
            "entity" => random.Pick(["company", "placement", "candidate", "statistics"]),
            "action" => random.Pick(["create", "update", "read", "export"]),
            "actor" => "fuzz",
            "entityId" => pool.PickAny(random)?.Id.ToString(),
            _ when ResourcePool.KindOf(parameter.Name) is { } kind => pool.Pick(kind, random)?.Id.ToString(),
            _ => Default(draft, parameter.Schema).AsText(),
        };
    }

    private static string[] FormatsOf(string path) =>
        path.Contains("/reports/", StringComparison.Ordinal) ? ["html", "markdown"]
        : path.Contains("/exports/", StringComparison.Ordinal) ? ["csv", "xlsx"]
        : ["json", "csv", "xlsx"];

    /// <summary>The enumeration behind a query value such as <c>status</c> on <c>/partnerships</c>: <c>PartnershipStatus</c>.</summary>
    private IReadOnlyList<string>? EnumOfQuery(FuzzOperation operation, string name)
    {
        var kind = operation.Segments.Select(ResourcePool.KindOf).LastOrDefault(k => k is not null);
        if (kind is null) return null;
        var schema = char.ToUpperInvariant(kind[0]) + kind[1..] + char.ToUpperInvariant(name[0]) + name[1..];
        return enums.GetValueOrDefault(schema);
    }

    /// <summary>A valid value for a schema: by the field's name where that matters, else by its type.</summary>
    private JsonText Value(Draft draft, Schema schema, string? owner, Obj? parent, string? property = null, int depth = 0)
    {
        if (property is not null && Hint(draft, owner, property, parent) is { } hinted) return hinted;
        if (schema.Category == "object" && schema.Properties is { } properties && depth < 6)
        {
            var obj = new Obj();
            foreach (var (name, member) in properties)
            {
                if (member.Nullable && member.Enum is null && !HintNames.Contains(name) && draft.Random.NextDouble() < 0.2) continue;
                obj.Set(name, Value(draft, member, schema.Name, obj, name, depth + 1));
            }
            return obj;
        }
        return Default(draft, schema, depth);
    }

    private JsonText Default(Draft draft, Schema schema, int depth = 0)
    {
        var random = draft.Random;
        return schema.Category switch
        {
            "enum" => Of(random.Pick(schema.Enum!)),
            "date" => Of(Date(Today)),
            "timestamp" => Of(clock.GetUtcNow().AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            "guid" => Of((pool.PickAny(random)?.Id ?? FuzzValues.NewGuid(random)).ToString()),
            "integer" => Of(1),
            "number" => new Raw("1.5"),
            "boolean" => Of(random.Next(2) == 0),
            "array" => new Arr(schema.Items is null ? [] : [Value(draft, schema.Items, null, null, null, depth + 1)]),
            "object" => schema.Properties is null ? new Obj() : Value(draft, schema, schema.Name, null, null, depth + 1),
            _ => Of("Fuzz"),
        };
    }

    private static readonly HashSet<string> HintNames =
    [
        "cvr", "name", "industryCode", "sector", "street", "postalCode", "city", "website", "employeeCount", "title", "email", "phone",
        "occurredAt", "summary", "nextActionOn", "caseReference", "displayName", "birthYear", "countryOfOrigin", "arrivalDate", "track",
        "module", "notes", "description", "startDate", "durationWeeks", "hoursPerWeek", "slots", "status", "externalReference", "companyId",
        "candidateId", "internshipId", "jobTitle", "plannedEndDate", "extended", "schemes", "committedSlotsPerYear", "reason",
        "responsibleConsultant", "endDate", "employerSatisfaction", "candidateSatisfaction", "role", "id",
    ];

    private JsonText? Hint(Draft draft, string? owner, string property, Obj? parent)
    {
        var random = draft.Random;
        var n = ++_unique;
        return (owner, property) switch
        {
            ("DevTokenRequest", "name") => Of("Fuzz Person"),
            ("DevTokenRequest", "role") => Of(random.Pick(["consultant", "analyst", "admin"])),
            ("StaffMemberInput", "id") => Of("fuzz-consultant"),
            (_, "name") => Of($"Fuzz {n}"),
            (_, "cvr") => Of(draft.PathIds.TryGetValue("id", out var company) && pool.CvrOf(company) is { } cvr ? cvr : NextCvr()),
            (_, "industryCode") => Of(random.Pick(["561010", "107100", "812100", "620100", "471100"])),
            (_, "street") => Of("Bernstorffsvej 161"),
            (_, "postalCode") => Of(random.Pick(["2920", "2820", "2900"])),
            (_, "city") => Of("Gentofte"),
            (_, "website") => Of("https://example.dk"),
            (_, "employeeCount") => Of(random.Next(0, 500)),
            ("ContactInput", "title") => Of("HR-chef"),
            (_, "title") => Of("Lagermedarbejder"),
            (_, "email") => Of("fuzz@example.dk"),
            (_, "phone") => Of("+45 12 34 56 78"),
            (_, "occurredAt") => Of(clock.GetUtcNow().AddHours(-random.Next(1, 500)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            (_, "summary") => Of("Møde om praktikpladser"),
            (_, "nextActionOn") => Of(Date(Today.AddDays(random.Next(1, 30)))),
            (_, "caseReference") => Of($"FZ-K{n}"),
            (_, "displayName") => Of("Amira"),
            (_, "birthYear") => Of(random.Next(1960, 2006)),
            (_, "countryOfOrigin") => Of(random.Pick(["SY", "UA", "AF", "ER", "IR"])),
            (_, "arrivalDate") => Of(Date(Today.AddDays(-random.Next(100, 2000)))),
            (_, "track") => Of(random.Pick(["DU1", "DU2", "DU3"])),
            (_, "module") => Of(random.Next(1, 7)),
            (_, "notes") => random.NextDouble() < 0.3 ? Null : Of("Noter fra samtalen"),
            (_, "description") => Of("Plukning og pakning af ordrer."),
            ("InternshipOfferInput" or "StaffInternshipRequest", "startDate") => Of(Date(Today.AddDays(random.Next(7, 90)))),
            ("MakePlacementCommand", "startDate") => Of(Date(Today.AddDays(random.Next(-60, 30)))),
            (_, "startDate") => Of(Date(Today.AddDays(-random.Next(0, 30)))),
            (_, "durationWeeks") => Of(random.Next(1, 27)),
            ("MakePlacementCommand", "hoursPerWeek") => new Raw(random.Pick(["30", "37", "25.5"])),
            ("FollowUpResultInput", "hoursPerWeek") => new Raw("30"),
            (_, "hoursPerWeek") => Of(random.Next(15, 38)),
            (_, "slots") => Of(random.Next(1, 6)),
            ("InternshipOfferInput" or "StaffInternshipRequest", "status") => random.Pick([Null, Of("open"), Of("draft")]),
            ("ProposePartnershipCommand", "status") => Of(random.Pick(["prospect", "negotiating", "active"])),
            (_, "externalReference") => random.NextDouble() < 0.3 ? Null : Of($"EXT-K{n}"),
            ("ProposePartnershipCommand", "companyId") => Id(pool.PickCompanyWithoutPartnership(random)?.Id, random),
            (_, "companyId") => Id(pool.Pick("company", random)?.Id, random),
            (_, "candidateId") => Id(pool.Pick("candidate", random)?.Id, random),
            (_, "internshipId") => random.NextDouble() < 0.8
                ? Null
                : Id(pool.Pick("internship", random, r => parent?["companyId"] is Str company && r.Parent?.ToString() == company.Value)?.Id, random),
            (_, "jobTitle") => Of("Køkkenmedhjælper"),
            (_, "plannedEndDate") => parent?["startDate"] is Str start && DateOnly.TryParse(start.Value, CultureInfo.InvariantCulture, out var from)
                ? Of(Date(from.AddDays(random.Next(7, 84))))
                : Null,
            (_, "extended") => random.NextDouble() < 0.5 ? Null : False,
            (_, "schemes") => new Arr(enums["Scheme"].OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(s => (JsonText)Of(s)).ToList()),
            (_, "committedSlotsPerYear") => Of(random.Next(0, 11)),
            (_, "reason") => Of("Aftalt med virksomheden"),
            (_, "responsibleConsultant") when random.NextDouble() < 0.7 => Null,
            (_, "endDate") => Of(Date(Today.AddDays(-random.Next(0, 5)))),
            (_, "employerSatisfaction" or "candidateSatisfaction") => Of(random.Next(1, 6)),
            _ => null,
        };
    }

    private static JsonText Id(Guid? id, Random random) => Of((id ?? FuzzValues.NewGuid(random)).ToString());

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ---- Mutations --------------------------------------------------------------------------------------

    /// <summary>A mutation; <c>turn</c> counts its earlier uses on the operation, so that its variants take turns.</summary>
    private delegate string? Mutation(Draft draft, int turn);

    private readonly Dictionary<string, (double[] Current, List<(int Family, int Turn)> Steps)> _schedules = new();

    /// <summary>
    /// Applies one family of mutations and returns its name. The first family of a request comes from a smooth
    /// weighted round robin over the families that fit the operation, so that even a small budget gives every
    /// family its share; a second one, now and then, is drawn at random.
    /// </summary>
    private string? Mutate(Draft draft, int index, string? besides)
    {
        var operation = draft.Operation;
        var body = operation.Body is not null;
        var families = new List<(string Name, double Weight, Mutation Apply)>();
        if (body)
        {
            families.Add(("field", 35, BodyField));
            families.Add(("shape", 10, BodyShape));
            families.Add(("dates", HasDates(operation.Body!) ? 8 : 0, AllDates));
            families.Add(("raw", 8, RawBody));
            families.Add(("content-type", 8, ContentType));
        }
        if (operation.Has("path")) families.Add(("path", body ? 8 : 30, PathValue));
        if (operation.Has("query")) families.Add(("query", body ? 10 : 45, QueryMutation));
        families.Add(("header", body ? 6 : 12, HeaderValue));
        families.Add(("auth", body ? 3 : 5, Credentials));
        families.Add(("valid", body ? 7 : 8, (_, _) => "valid"));
        families.RemoveAll(f => f.Weight == 0);

        int chosen, turn;
        if (besides is null)
            (chosen, turn) = Scheduled(operation.Id, families.Select(f => f.Weight).ToArray(), index - 1);
        else
        {
            var open = Enumerable.Range(0, families.Count).Where(i => families[i].Name != besides && families[i].Name != "valid").ToList();
            chosen = draft.Random.Pick(open);
            turn = draft.Random.Next(10_000);
        }
        var kind = families[chosen].Apply(draft, turn);
        if (kind is null) return null;
        if (kind != "valid") draft.Kinds.Add(kind);
        return families[chosen].Name;
    }

    /// <summary>Step <paramref name="step"/> of the operation's smooth weighted round robin: the family and how often it came before.</summary>
    private (int Family, int Turn) Scheduled(string operationId, double[] weights, int step)
    {
        if (!_schedules.TryGetValue(operationId, out var schedule))
            _schedules[operationId] = schedule = (new double[weights.Length], []);
        var total = weights.Sum();
        while (schedule.Steps.Count <= step)
        {
            var best = 0;
            for (var i = 0; i < weights.Length; i++)
            {
                schedule.Current[i] += weights[i];
                if (schedule.Current[i] > schedule.Current[best]) best = i;
            }
            schedule.Current[best] -= total;
            schedule.Steps.Add((best, schedule.Steps.Count(s => s.Family == best)));
        }
        return schedule.Steps[step];
    }

    private static T Turn<T>(IReadOnlyList<T> items, Draft draft, int turn) => items[(turn + draft.Offset) % items.Count];

    private static bool HasDates(Schema schema, int depth = 0) =>
        depth < 6 && schema.Properties is { } properties
        && properties.Any(p => p.Value.Category is "date" or "timestamp" || HasDates(p.Value, depth + 1));

    /// <summary>A place in the body that a mutation can change: a member of an object (present or not) or an array item.</summary>
    private sealed record Slot(string Path, Schema Schema, JsonText? Current, Action<JsonText> Set, Action Remove);

    private static List<Slot> Slots(JsonText value, Schema schema, string path, int depth = 0)
    {
        var slots = new List<Slot>();
        if (depth > 6) return slots;
        if (value is Obj obj && schema.Properties is { } properties)
        {
            foreach (var (name, member) in properties)
            {
                var current = obj[name];
                slots.Add(new Slot($"{path}.{name}", member, current, v => obj.Set(name, v), () => obj.Remove(name)));
                if (current is not null) slots.AddRange(Slots(current, member, $"{path}.{name}", depth + 1));
            }
        }
        else if (value is Arr arr && schema.Items is { } items)
        {
            for (var i = 0; i < arr.Items.Count && i < 3; i++)
            {
                var index = i;
                slots.Add(new Slot($"{path}[{i}]", items, arr.Items[i], v => arr.Items[index] = v, () => arr.Items.RemoveAt(index)));
                slots.AddRange(Slots(arr.Items[i], items, $"{path}[{i}]", depth + 1));
            }
        }
        return slots;
    }

    private string? BodyField(Draft draft, int turn)
    {
        var slots = Slots(draft.Json!, draft.Operation.Body!, "body");
        if (slots.Count == 0) return null;
        var slot = Turn(slots, draft, turn);
        var value = FuzzValues.For(slot.Schema, slot.Current ?? Null, draft.Random);
        slot.Set(value.Json);
        return $"{slot.Path}: {value.Label}";
    }

    private string? BodyShape(Draft draft, int turn)
    {
        var random = draft.Random;
        if (draft.Json is not Obj root) return null;
        var present = Slots(root, draft.Operation.Body!, "body").Where(s => s.Current is not null).ToList();
        switch ((turn + draft.Offset) % 10)
        {
            case 0 when present.Count > 0:
                var missing = random.Pick(present);
                missing.Remove();
                return $"{missing.Path} missing";
            case 1:
                draft.Json = new Obj();
                return "empty object body";
            case 2:
                root.Set("unexpected", Of(1));
                return "body with an unknown field";
            case 3:
                root.Set("id", Of(FuzzValues.NewGuid(random).ToString()));
                root.Set("version", Of(1));
                root.Set("createdAt", Of("2000-01-01T00:00:00Z"));
                return "body with read-only fields id, version, createdAt";
            case 4:
                root.Members.Add(new("\u0000", Of(1)));
                return "field name NUL";
            case 5:
                root.Members.Add(new("__proto__", new Obj([new("isAdmin", True)])));
                return "field named __proto__";
            case 6 when root.Members.Count > 0:
                var duplicated = random.Pick(root.Members);
                root.Members.Add(new(duplicated.Key, Of("\u0000")));
                return $"duplicate field body.{duplicated.Key}, second with NUL";
            case 7 when root.Members.Count > 0:
                var index = random.Next(root.Members.Count);
                var renamed = root.Members[index];
                root.Members[index] = new(renamed.Key.ToUpperInvariant(), renamed.Value);
                return $"field name body.{renamed.Key} in upper case";
            case 8:
                for (var i = 0; i < 10_000; i++) root.Members.Add(new($"f{i}", Of(i)));
                return "10k unknown fields";
            default:
                var nested = root.Members.FirstOrDefault(m => m.Value is Obj).Value as Obj;
                (nested ?? root).Set("unexpected", new Obj());
                return nested is null ? "body with an unknown object field" : "nested object with an unknown field";
        }
    }

    /// <summary>Far dates, the most telling first: every operation with dates gets 9999-12-31 before the others.</summary>
    private static readonly (string Date, string Timestamp)[] FarDates =
    [
        ("9999-12-31", "9999-12-31T23:59:59Z"),
        ("0001-01-01", "0001-01-01T00:00:00Z"),
        ("1899-12-31", "1899-12-31T12:00:00Z"),
        ("2101-01-01", "2101-01-01T00:00:00Z"),
        ("10000-01-01", "10000-01-01T00:00:00Z"),
        ("-infinity", "-infinity"),
    ];

    private string? AllDates(Draft draft, int turn)
    {
        var (date, timestamp) = FarDates[turn % FarDates.Length];
        var slots = Slots(draft.Json!, draft.Operation.Body!, "body").Where(s => s.Schema.Category is "date" or "timestamp").ToList();
        if (slots.Count == 0) return null;
        foreach (var slot in slots) slot.Set(Of(slot.Schema.Category == "date" ? date : timestamp));
        return $"every date in the body {date}";
    }

    private string? RawBody(Draft draft, int turn)
    {
        var random = draft.Random;
        var json = draft.Json!.Write();
        var utf8 = Encoding.UTF8.GetBytes(json);
        (string Label, Func<byte[]> Bytes, double Weight)[] bodies =
        [
            ("empty body", () => [], 2),
            ("body null", () => "null"u8.ToArray(), 1),
            ("body is an array", () => "[]"u8.ToArray(), 1),
            ("body is a string", () => "\"text\""u8.ToArray(), 1),
            ("body is a number", () => "42"u8.ToArray(), 1),
            ("truncated JSON", () => utf8[..(utf8.Length / 2)], 2),
            ("trailing comma", () => Encoding.UTF8.GetBytes(WithoutLastBrace(json) + ",}"), 1),
            ("single-quoted JSON", () => Encoding.UTF8.GetBytes(json.Replace('"', '\'')), 1),
            ("JSON with a comment", () => Encoding.UTF8.GetBytes("/* c */" + json), 1),
            ("two JSON documents", () => [.. utf8, .. utf8], 1),
            ("BOM before JSON", () => [0xEF, 0xBB, 0xBF, .. utf8], 1),
            ("invalid UTF-8 in a string", () => Splice(utf8, [0xC3, 0x28, 0xFF, 0xFE]), 2),
            ("UTF-8 encoded surrogate in a string", () => Splice(utf8, [0xED, 0xA0, 0x80]), 1),
            ("UTF-16 body", () => Encoding.Unicode.GetBytes(json), 1),
            ("10k nested arrays", () => Encoding.ASCII.GetBytes(new string('[', 10_000) + new string(']', 10_000)), 1),
            ("1M spaces before the JSON", () => [.. Encoding.ASCII.GetBytes(new string(' ', FuzzValues.OneMillion)), .. utf8], 0.2),
            ("body over 1 MiB", () => Encoding.UTF8.GetBytes(WithoutLastBrace(json) + (json.Length > 2 ? "," : "") + $"\"padding\":\"{new string('x', 1_100_000)}\"}}"), 0.3),
            ("form text instead of JSON", () => "cvr=13585628&name=x"u8.ToArray(), 1),
        ];
        var chosen = Turn(bodies, draft, turn);
        draft.RawBody = chosen.Bytes();
        return chosen.Label;
    }

    private static string WithoutLastBrace(string json) => json.EndsWith('}') ? json[..^1] : json;

    /// <summary>Puts bytes right after the opening quote of the first string value in the JSON.</summary>
    private static byte[] Splice(byte[] json, byte[] bytes)
    {
        var at = Encoding.UTF8.GetString(json).IndexOf(":\"", StringComparison.Ordinal);
        if (at < 0) return [.. json, .. bytes];
        var position = Encoding.UTF8.GetByteCount(Encoding.UTF8.GetString(json)[..(at + 2)]);
        return [.. json[..position], .. bytes, .. json[position..]];
    }

    private static readonly string?[] ContentTypes =
    [
        "application/json; charset=foo", "application/json; charset=utf-16", "application/json; charset=\"utf-8\"",
        "application/json; charset=latin1", "text/plain", null, "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data", "application/merge-patch+json", "application/problem+json", "APPLICATION/JSON", "",
        ";;;", "application/json; charset", "application/json; foo=bar", "*/*",
    ];

    private string? ContentType(Draft draft, int turn)
    {
        var contentType = Turn(ContentTypes, draft, turn);
        draft.ContentType = contentType;
        return contentType is null ? "no Content-Type" : $"Content-Type: {contentType}";
    }

    private string? PathValue(Draft draft, int turn)
    {
        var random = draft.Random;
        var parameter = Turn(draft.Operation.In("path").ToList(), draft, turn);
        var other = pool.PickAny(random);
        FuzzValue[] values =
        [
            .. FuzzValues.Guids(random).Where(v => v.Label != "empty GUID string"),
            FuzzValue.Text("id of another kind of resource", (other?.Id ?? Guid.Empty).ToString(), 2),
            FuzzValue.Text("10k characters", new string('1', 10_000), 0.5),
            FuzzValue.Text("NUL", "\u0000"),
            FuzzValue.Text("slash", "a/b"),
            FuzzValue.Text("Danish letters", "æøå"),
            FuzzValue.Text("SQL injection", "1' OR '1'='1"),
            FuzzValue.Text("lone surrogate", "\ud800"),
            FuzzValue.Text("-1", "-1"),
        ];
        var value = FuzzValues.Pick(values, random);
        draft.PathValues[parameter.Name] = Percent.Encode(value.Json.AsText());
        draft.PathIds.Remove(parameter.Name);
        return $"path {{{parameter.Name}}}: {value.Label}";
    }

    private string? QueryMutation(Draft draft, int turn)
    {
        var random = draft.Random;
        var parameter = Turn(draft.Operation.In("query").ToList(), draft, turn);
        var name = Percent.Encode(parameter.Name);
        draft.Query.RemoveAll(q => q.Key == name);
        if (random.NextDouble() < 0.7)
        {
            var value = FuzzValues.Pick(QueryValues(draft, parameter), random);
            draft.Query.Add(new(name, Percent.Encode(value.Json.AsText())));
            return $"query {parameter.Name}: {value.Label}";
        }
        var valid = QueryValue(draft, parameter) ?? "1";
        (string Label, Action Apply)[] shapes =
        [
            ("repeated", () => draft.Query.AddRange([new(name, Percent.Encode(valid)), new(name, "2")])),
            ("without a value", () => draft.Query.Add(new(name, null))),
            ("empty", () => draft.Query.Add(new(name, ""))),
            ("invalid percent-encoding %zz", () => draft.Query.Add(new(name, "%zz"))),
            ("percent-encoded NUL", () => draft.Query.Add(new(name, "a%00b"))),
            ("overlong UTF-8 %C0%80", () => draft.Query.Add(new(name, "%C0%80"))),
            ("invalid UTF-8 %FF%FE", () => draft.Query.Add(new(name, "%FF%FE"))),
            ("plus signs and spaces", () => draft.Query.Add(new(name, "+a+%20b+"))),
            ("name in upper case", () => draft.Query.Add(new(name.ToUpperInvariant(), Percent.Encode(valid)))),
            ("unknown parameter beside it", () => draft.Query.Add(new("unexpected", "1"))),
        ];
        var shape = Turn(shapes, draft, turn / 3);
        shape.Apply();
        return $"query {parameter.Name}: {shape.Label}";
    }

    private IReadOnlyList<FuzzValue> QueryValues(Draft draft, FuzzParameter parameter)
    {
        var random = draft.Random;
        var strings = FuzzValues.Strings.Where(v => v.Json.AsText().Length <= 10_000).ToList();
        IReadOnlyList<string>? members = parameter.Name switch
        {
            "status" or "type" => EnumOfQuery(draft.Operation, parameter.Name),
            "format" => FormatsOf(draft.Operation.Path),
            "groupBy" => GroupByDimensions,
            "milestone" => ["3m", "6m", "12m"],
            "lang" => ["da", "en"],
            "entity" => ["company", "placement"],
            "action" => ["create", "export"],
            _ => null,
        };
        if (parameter.Name == "groupBy")
        {
            return
            [
                .. FuzzValues.EnumValues(members!, random),
                FuzzValue.Text("three dimensions", "type,industry,quarter"),
                FuzzValue.Text("the same dimension twice", "quarter,quarter"),
                FuzzValue.Text("trailing comma", "quarter,"),
                FuzzValue.Text("only a comma", ","),
                FuzzValue.Text("spaces around dimensions", " industry , quarter "),
                FuzzValue.Text("every dimension", string.Join(',', GroupByDimensions)),
                .. strings,
            ];
        }
        if (parameter.Name == "cursor")
        {
            var cursor = pool.CursorFor(draft.Operation.Id, random) ?? "eyJ4IjoxfQ";
            return
            [
                FuzzValue.Text("truncated real cursor", cursor[..(cursor.Length / 2)]),
                FuzzValue.Text("real cursor with a changed character", cursor[..^1] + (cursor[^1] == 'A' ? 'B' : 'A')),
                FuzzValue.Text("real cursor with padding", cursor + "=="),
                FuzzValue.Text("base64 of JSON with far values", Convert.ToBase64String("""{"name":"\u0000","id":"00000000-0000-0000-0000-000000000000","at":"9999-12-31"}"""u8)),
                FuzzValue.Text("base64 of garbage", Convert.ToBase64String([0xFF, 0x00, 0xFE, 0x01, 0x80])),
                FuzzValue.Text("base64 of another list's cursor", pool.CursorFor("CompaniesList", random) ?? cursor),
                .. strings,
            ];
        }
        if (members is not null)
            return [.. FuzzValues.EnumValues(members, random), .. strings];
        return parameter.Schema.Category switch
        {
            "integer" =>
            [
                .. FuzzValues.Integers,
                FuzzValue.Text("201 (over the page limit)", "201"),
                FuzzValue.Text("letters", "abc"),
                FuzzValue.Text("empty", ""),
                FuzzValue.Text("leading space", " 5"),
                FuzzValue.Text("list", "1,2"),
            ],
            "date" => FuzzValues.Dates,
            "guid" => FuzzValues.Guids(random),
            "boolean" => [.. FuzzValues.Booleans, FuzzValue.Text("2", "2")],
            _ => strings,
        };
    }

    private static readonly string[] IfMatchValues =
    [
        "garbage", "\"\"", "*", "W/\"1\"", "\"0\"", "\"-1\"", "\"4294967296\"", "\"18446744073709551616\"", "\"abc\"",
        "\"1\", \"2\"", "\"1", "1\"", "\"æ\"", "\"\u0001\"", "W/", "\"" + new string('9', 10_000) + "\"",
    ];

    private static readonly string[] IdempotencyKeys =
    [
        "key\u0001with-control", "\u001b[31mkey", "key\twith-tab", "", " ", new string('k', 256), new string('k', 10_000), "nøgle-æøå",
        "key\u007f", "../../etc/passwd", "'; DROP TABLE idempotency_records; --",
    ];

    private string? HeaderValue(Draft draft, int turn)
    {
        var random = draft.Random;
        var operation = draft.Operation;
        switch ((turn + draft.Offset) % 5)
        {
            case 0 or 1 when operation.HasHeader("If-Match") || random.Next(3) == 0:
                var ifMatch = Turn(IfMatchValues, draft, turn / 5);
                draft.Headers.RemoveAll(h => h.Name == "If-Match");
                draft.Headers.Add(new FuzzHeader("If-Match", ifMatch));
                return $"If-Match: {FuzzRequest.Visible(ifMatch, 40)}";
            case 2 when operation.Method == "POST":
                draft.Headers.RemoveAll(h => h.Name == "Idempotency-Key");
                if (random.Next(4) == 0 && _idempotencyKeys.TryGetValue(operation.Id, out var used) && used.Count > 0)
                {
                    draft.Headers.Add(new FuzzHeader("Idempotency-Key", random.Pick(used)));
                    return "Idempotency-Key of an earlier request";
                }
                var key = Turn(IdempotencyKeys, draft, turn / 5);
                draft.Headers.Add(new FuzzHeader("Idempotency-Key", key));
                return $"Idempotency-Key: {FuzzRequest.Visible(key, 40)}";
            case 3:
                var accept = random.Pick(["application/xml", "text/csv", "image/png", "*/*;q=0", "garbage/", "application/json;q=abc"]);
                draft.Headers.Add(new FuzzHeader("Accept", accept));
                return $"Accept: {accept}";
            default:
                var other = random.Pick<(string, string)>([
                    ("Range", "bytes=5-10"), ("Accept-Language", "xx-\u00e6\u00f8"), ("X-HTTP-Method-Override", "DELETE"),
                    ("Accept-Encoding", "gzip;q=foo, br"), ("Content-Language", "\u0001"), ("Cookie", "a=" + new string('c', 4_000)),
                ]);
                draft.Headers.Add(new FuzzHeader(other.Item1, other.Item2));
                return $"{other.Item1}: {FuzzRequest.Visible(other.Item2, 40)}";
        }
    }

    private string? Credentials(Draft draft, int turn)
    {
        var random = draft.Random;
        draft.Headers.RemoveAll(h => h.Name is "Authorization" or "X-Api-Key");
        var token = credentials.ConsultantToken;
        (string Label, FuzzHeader? Header)[] choices = draft.Operation.SecurityScheme == "ApiKey"
            ?
            [
                ("no API key", null),
                ("unknown API key", new FuzzHeader("X-Api-Key", "pcrm_garbage")),
                ("empty API key", new FuzzHeader("X-Api-Key", "")),
                ("API key with control characters", new FuzzHeader("X-Api-Key", "pcrm_\u0001\u001b")),
                ("API key of 10k characters", new FuzzHeader("X-Api-Key", "pcrm_" + new string('k', 10_000))),
                ("revoked API key", new FuzzHeader("X-Api-Key", credentials.RevokedKey, "<a revoked API key>")),
                ("staff token instead of an API key", Bearer("consultant")),
            ]
            :
            [
                ("no credentials", null),
                ("garbage bearer token", new FuzzHeader("Authorization", "Bearer garbage")),
                ("tampered bearer token", new FuzzHeader("Authorization", $"Bearer {token[..^2]}{(token[^2] == 'A' ? 'B' : 'A')}{token[^1]}", "Bearer <consultant token, signature changed>")),
                ("bearer token that is not a JWT", new FuzzHeader("Authorization", "Bearer a.b.c")),
                ("analyst token", Bearer("analyst")),
                ("admin token", Bearer("admin")),
                ("consultant token", Bearer("consultant")),
                ("API key instead of a token", new FuzzHeader("X-Api-Key", credentials.EmployerKey, "<the employer's API key>")),
                ("basic authentication", new FuzzHeader("Authorization", "Basic dXNlcjpwYXNz")),
                ("empty bearer", new FuzzHeader("Authorization", "Bearer ")),
            ];
        var (label, header) = Turn(choices, draft, turn);
        if (header is not null) draft.Headers.Add(header);
        return label;
    }

    /// <summary>A request being put together.</summary>
    private sealed class Draft(FuzzOperation operation, Random random, int offset)
    {
        public FuzzOperation Operation { get; } = operation;
        public Random Random { get; } = random;

        /// <summary>Where the operation's rotations start, so that operations with few requests still differ from each other.</summary>
        public int Offset { get; } = offset;
        public Dictionary<string, string> PathValues { get; } = new();
        public Dictionary<string, Guid> PathIds { get; } = new();
        public List<KeyValuePair<string, string?>> Query { get; } = [];
        public List<FuzzHeader> Headers { get; } = [];
        public JsonText? Json { get; set; }
        public byte[]? RawBody { get; set; }
        public string? ContentType { get; set; }
        public List<string> Kinds { get; } = [];

        public FuzzRequest Build(int index, int seed)
        {
            var path = Operation.Path;
            foreach (var (name, value) in PathValues) path = path.Replace($"{{{name}}}", value, StringComparison.Ordinal);
            if (Query.Count > 0) path += "?" + string.Join('&', Query.Select(q => q.Value is null ? q.Key : $"{q.Key}={q.Value}"));
            var body = RawBody ?? (Json is null ? null : Encoding.UTF8.GetBytes(Json.Write()));
            var headers = new List<FuzzHeader>(Headers);
            if (body is not null && ContentType is not null) headers.Insert(0, new FuzzHeader("Content-Type", ContentType));
            // The server may answer before it reads a body it refuses; with a body this large the client waits for 100 Continue.
            if (body?.Length > FuzzValues.OneMillion) headers.Add(new FuzzHeader("Expect", "100-continue"));
            return new FuzzRequest(Operation, index, seed, path, headers, body, [.. Kinds], new Dictionary<string, Guid>(PathIds));
        }
    }
}
