using System.Text.Json;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>A resource the API knows: its kind (<c>company</c>, <c>contact</c>, …), id and the id of the resource it belongs to.</summary>
public sealed record Resource(string Kind, Guid Id, Guid? Parent);

/// <summary>
/// Ids of real resources, so that requests reach past "not found" into deeper code: seeded before the run
/// and harvested from every answer that creates or lists resources, together with their ETags and the
/// list cursors the API hands out.
/// </summary>
public sealed class ResourcePool
{
    private static readonly Dictionary<string, string> KindOfSegment = new()
    {
        ["companies"] = "company",
        ["contacts"] = "contact",
        ["activities"] = "activity",
        ["api-keys"] = "apiKey",
        ["partnerships"] = "partnership",
        ["internships"] = "internship",
        ["candidates"] = "candidate",
        ["placements"] = "placement",
        ["follow-ups"] = "followUp",
    };

    private static readonly Dictionary<string, string> KindOfField = new()
    {
        ["companyId"] = "company",
        ["contactId"] = "contact",
        ["activityId"] = "activity",
        ["keyId"] = "apiKey",
        ["partnershipId"] = "partnership",
        ["internshipId"] = "internship",
        ["candidateId"] = "candidate",
        ["placementId"] = "placement",
        ["followUpId"] = "followUp",
    };

    private readonly Dictionary<string, List<Resource>> _byKind = new();
    private readonly HashSet<Guid> _known = new();
    private readonly Dictionary<Guid, string> _etags = new();
    private readonly Dictionary<Guid, string> _cvrs = new();
    private readonly Dictionary<string, List<string>> _cursors = new();
    private readonly HashSet<Guid> _companiesWithPartnership = new();

    /// <summary>The company whose API key the employer routes use.</summary>
    public Guid EmployerCompany { get; set; }

    public int Count => _known.Count;

    public static string? KindOf(string segmentOrField) =>
        KindOfSegment.GetValueOrDefault(segmentOrField) ?? KindOfField.GetValueOrDefault(segmentOrField);

    /// <summary>The kind of a path parameter: <c>{id}</c> takes the segment before it, <c>{contactId}</c> its own name.</summary>
    public static string? KindOfPathParameter(string path, string name)
    {
        if (name != "id") return KindOf(name);
        var segments = path.Split('/');
        var at = Array.IndexOf(segments, "{id}");
        return at > 0 ? KindOf(segments[at - 1]) : null;
    }

    public void Add(string kind, Guid id, Guid? parent = null, string? cvr = null)
    {
        if (cvr is not null) _cvrs[id] = cvr;
        if (id == Guid.Empty || !_known.Add(id)) return;
        if (!_byKind.TryGetValue(kind, out var list)) _byKind[kind] = list = [];
        list.Add(new Resource(kind, id, parent));
        if (kind == "partnership" && parent is { } company) _companiesWithPartnership.Add(company);
    }

    public Resource? Pick(string kind, Random random, Func<Resource, bool>? where = null)
    {
        if (!_byKind.TryGetValue(kind, out var list)) return null;
        var candidates = where is null ? list : list.Where(where).ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    public Resource? PickAny(Random random)
    {
        var all = _byKind.Values.SelectMany(l => l).ToList();
        return all.Count == 0 ? null : all[random.Next(all.Count)];
    }

    /// <summary>A company without a partnership yet, so that proposing one gets past the duplicate check.</summary>
    public Resource? PickCompanyWithoutPartnership(Random random) =>
        Pick("company", random, c => !_companiesWithPartnership.Contains(c.Id)) ?? Pick("company", random);

    public string? ETagOf(Guid id) => _etags.GetValueOrDefault(id);

    /// <summary>A company's CVR number, which a revision must repeat.</summary>
    public string? CvrOf(Guid company) => _cvrs.GetValueOrDefault(company);

    /// <summary>How many resources of each kind the run knows, for the figures.</summary>
    public string Summary() => string.Join(", ", _byKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value.Count}"));

    public string? CursorFor(string operationId, Random random) =>
        _cursors.TryGetValue(operationId, out var list) && list.Count > 0 ? list[random.Next(list.Count)] : null;

    /// <summary>Learns from an answer: created or listed resources, the ETag of the resource, the next cursor.</summary>
    public void Harvest(FuzzOperation operation, IReadOnlyDictionary<string, Guid> pathIds, int status, string? etag, JsonElement? body)
    {
        if (status is < 200 or >= 300 || body is not { ValueKind: JsonValueKind.Object } json) return;
        var collection = operation.Segments[^1];
        var kind = KindOf(collection);
        Guid? owner = pathIds.TryGetValue("id", out var id) ? id : null;

        if (json.TryGetProperty("id", out var idProperty) && idProperty.TryGetGuid(out var resourceId))
        {
            if (operation.Creates && kind is not null) Add(kind, resourceId, owner ?? CompanyOf(json) ?? (operation.Path.Contains("/employer/") ? EmployerCompany : null));
            if (etag is not null) _etags[resourceId] = etag;
            if (json.TryGetProperty("cvr", out var cvr) && cvr.ValueKind == JsonValueKind.String) _cvrs[resourceId] = cvr.GetString()!;
        }
        if (operation.Method == "GET" && kind is not null && json.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray())
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var itemId) && itemId.TryGetGuid(out var listed))
                    Add(kind, listed, owner ?? CompanyOf(item), item.TryGetProperty("cvr", out var listedCvr) ? listedCvr.GetString() : null);
        }
        if (json.TryGetProperty("nextCursor", out var cursor) && cursor.ValueKind == JsonValueKind.String)
        {
            if (!_cursors.TryGetValue(operation.Id, out var cursors)) _cursors[operation.Id] = cursors = [];
            if (cursors.Count < 20) cursors.Add(cursor.GetString()!);
        }
        if (json.TryGetProperty("followUps", out var followUps) && followUps.ValueKind == JsonValueKind.Array)
        {
            foreach (var followUp in followUps.EnumerateArray())
                if (followUp.TryGetProperty("id", out var followUpId) && followUpId.TryGetGuid(out var f))
                    Add("followUp", f, idProperty.ValueKind == JsonValueKind.String && idProperty.TryGetGuid(out var placement) ? placement : null);
        }
    }

    private static Guid? CompanyOf(JsonElement json) =>
        json.TryGetProperty("companyId", out var company) && company.TryGetGuid(out var id) ? id : null;
}
