namespace PartnerCrm.Infrastructure.CompanyImports;

/// <summary>
/// The rule by which an import leaves a consultant's own values alone, written once and made into SQL for
/// companies and workplaces alike.
/// <para>
/// Each record keeps what the register said at the last import (<c>register_record</c>). A field is taken from the
/// new file when its current value is still the one the last import wrote; a value that differs from it was
/// typed by a consultant after that import and is kept. A record that no import has written yet (typed by hand)
/// takes only the fields that are empty. The register record itself is always brought up to date, so a value a
/// consultant changed stays theirs on every later import, until they set it back to the register's.
/// </para>
/// </summary>
public sealed record RegisterField(string[] Columns, string[] Keys, string SqlType)
{
    public static readonly RegisterField[] OfCompany =
    [
        new(["name"], ["name"], "text"),
        new(["address_street", "address_postal_code", "address_city"], ["street", "postalCode", "city"], "text"),
        new(["industry_code"], ["industryCode"], "text"),
        new(["employee_count"], ["employeeCount"], "integer"),
        new(["ceased_on"], ["ceasedOn"], "date"),
    ];

    public static readonly RegisterField[] OfWorkplace =
    [
        new(["address_street", "address_postal_code", "address_city"], ["street", "postalCode", "city"], "text"),
    ];

    /// <summary>Whether the record <paramref name="current"/> (a table alias) takes this field from the file.</summary>
    public string Taken(string current) =>
        $"CASE WHEN {current}.register_record IS NULL THEN {current}.{Columns[0]} IS NULL " +
        $"ELSE ({string.Join(", ", Columns.Select(c => $"{current}.{c}"))}) IS NOT DISTINCT FROM " +
        $"({string.Join(", ", Keys.Select(k => $"({current}.register_record->>'{k}')::{SqlType}"))}) END";

    /// <summary>The values after the import: the file's (alias <paramref name="file"/>, columns named by key) or the current ones.</summary>
    public IEnumerable<string> Merged(string current, string file) =>
        Columns.Zip(Keys, (column, key) => $"CASE WHEN {Taken(current)} THEN {file}.{Snake(key)} ELSE {current}.{column} END AS {column}");

    /// <summary>The current values, named old_{column}, to tell afterwards whether anything changed.</summary>
    public IEnumerable<string> Old(string current) => Columns.Select(c => $"{current}.{c} AS old_{c}");

    /// <summary>The register record as jsonb from the file's columns (alias <paramref name="file"/>), empty fields left out.</summary>
    public static string RecordOf(IEnumerable<RegisterField> fields, string file) =>
        "jsonb_strip_nulls(jsonb_build_object(" +
        string.Join(", ", fields.SelectMany(f => f.Keys).Select(k => $"'{k}', {file}.{Snake(k)}")) + "))";

    /// <summary>Whether a merged row differs from the current one: a changed field or a changed register record.</summary>
    public static string Changed(IEnumerable<RegisterField> fields)
    {
        var columns = fields.SelectMany(f => f.Columns).ToList();
        return $"({string.Join(", ", columns)}) IS DISTINCT FROM ({string.Join(", ", columns.Select(c => "old_" + c))}) " +
               "OR record IS DISTINCT FROM old_record";
    }

    private static string Snake(string key) =>
        string.Concat(key.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
