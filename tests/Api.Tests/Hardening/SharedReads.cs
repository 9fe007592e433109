using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Xml;
using PartnerCrm.Application.Recommendations;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.Summary;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>
/// The read routes every role shares, asked after the fuzzing: whatever was stored, each must answer 200
/// with a complete body: JSON with every member, a report to its last tag, a CSV that is well-formed
/// RFC 4180 to its last record, an XLSX that is a valid workbook.
/// </summary>
public sealed class SharedReads(HttpClient analyst, HttpClient admin, FuzzServerLog serverLog)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Runs every check and returns what failed, one line each; <paramref name="placementsInExport"/> is the export's expected row count.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(long placementsInExport)
    {
        var failures = new List<string>();

        async Task Check(HttpClient client, string url, Action<byte[], string?> assert)
        {
            var mark = serverLog.Mark;
            try
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                var body = await response.Content.ReadAsByteArrayAsync();
                var contentType = response.Content.Headers.ContentType?.MediaType;
                if (response.StatusCode != HttpStatusCode.OK)
                    throw new InvalidDataException($"answered {(int)response.StatusCode}: {FuzzRequest.Visible(Encoding.UTF8.GetString(body), 160)}");
                if (FuzzReport.StackTraceIn(contentType, body) is { } marker)
                    throw new InvalidDataException($"the body holds a stack trace ({(marker == "   at " ? "frames" : marker)})");
                assert(body, contentType);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var cause = serverLog.CauseSince(mark) is { } exception ? $"server: {exception}; " : "";
                failures.Add($"GET {url}: {cause}{FuzzRequest.Visible(e.Message, 600)}");
            }
        }

        foreach (var url in new[]
        {
            "/api/v1/statistics/placements?groupBy=quarter",
            "/api/v1/statistics/placements?groupBy=industry,quarter",
            "/api/v1/statistics/retention?groupBy=type",
            "/api/v1/statistics/conversion",
        })
            await Check(analyst, url, (body, _) => RequireMembers(Json(body), typeof(StatisticsJson)));
        await Check(analyst, "/api/v1/statistics/summary", (body, _) => RequireMembers(Json(body), typeof(SummaryDto)));
        await Check(analyst, "/api/v1/recommendations/partnerships", (body, _) =>
        {
            var json = Json(body);
            RequireMembers(json, typeof(RecommendationsDto));
            foreach (var item in json.GetProperty("items").EnumerateArray())
                foreach (var member in new[] { "kind", "score", "title", "reason" })
                    if (!item.TryGetProperty(member, out JsonElement _)) throw new InvalidDataException($"a recommendation has no '{member}'");
        });

        foreach (var lang in new[] { "da", "en" })
        {
            await Check(analyst, $"/api/v1/reports/committee?format=html&lang={lang}", (body, contentType) =>
            {
                var html = StrictUtf8.GetString(body);
                Require(contentType == "text/html", $"the content type is {contentType}");
                Require(html.Contains($"<html lang=\"{lang}\"", StringComparison.Ordinal), "the html element is missing");
                Require(html.TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase), "the report does not end with </html>");
            });
            await Check(analyst, $"/api/v1/reports/committee?format=markdown&lang={lang}", (body, contentType) =>
            {
                var markdown = StrictUtf8.GetString(body);
                Require(contentType == "text/markdown", $"the content type is {contentType}");
                Require(markdown.StartsWith("# ", StringComparison.Ordinal) && markdown.Length > 100, "the report has no heading or is too short");
            });
        }

        await Check(admin, "/api/v1/exports/placements", (body, _) =>
        {
            var records = Csv(body);
            Require(records[0].Length > 0 && records[0][0] == "candidate", $"the header starts with '{records[0][0]}'");
            Require(records.Count == placementsInExport + 1,
                $"{records.Count} records (header included) where the database has {placementsInExport} placements in the period, so {placementsInExport + 1} were expected");
        });
        await Check(admin, "/api/v1/exports/placements?format=xlsx", (body, _) => Workbook(body));

        foreach (var route in new[] { "placements?groupBy=quarter", "retention?groupBy=type", "conversion?groupBy=type", "summary" })
        {
            var separator = route.Contains('?') ? '&' : '?';
            await Check(analyst, $"/api/v1/statistics/{route}{separator}format=csv", (body, _) => Csv(body));
            await Check(analyst, $"/api/v1/statistics/{route}{separator}format=xlsx", (body, _) => Workbook(body));
        }
        return failures;
    }

    private static void Require(bool condition, string failure)
    {
        if (!condition) throw new InvalidDataException(failure);
    }

    private static JsonElement Json(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the body is not complete JSON ({e.Message}); it ends with: {FuzzRequest.Visible(Encoding.UTF8.GetString(body[Math.Max(0, body.Length - 200)..]), 200)}");
        }
    }

    /// <summary>Every property of the response type is in the body (in camelCase), so nothing was cut off or left out.</summary>
    private static void RequireMembers(JsonElement json, Type dto)
    {
        Require(json.ValueKind == JsonValueKind.Object, $"the body is a JSON {json.ValueKind}, not an object");
        var missing = dto.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Where(name => !json.TryGetProperty(name, out _))
            .ToList();
        Require(missing.Count == 0, $"the body has no {string.Join(", ", missing)}");
    }

    /// <summary>
    /// A CSV as RFC 4180 defines it (UTF-8 with BOM as the contract says): fields separated by commas, records by
    /// CRLF, quotes only around whole fields and doubled inside them, every record as wide as the header.
    /// </summary>
    public static List<string[]> Csv(byte[] body)
    {
        Require(body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF, "the CSV has no UTF-8 byte order mark");
        string text;
        try
        {
            text = StrictUtf8.GetString(body, 3, body.Length - 3);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"the CSV is not valid UTF-8: {e.Message}");
        }
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    Require(i < text.Length, $"record {records.Count + 1} has a quoted field that never ends");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                Require(i == text.Length || text[i] == ',' || text[i] == '\r', $"record {records.Count + 1} has text after a closing quote");
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    Require(text[i] != '"', $"record {records.Count + 1} has a quote inside an unquoted field");
                    field.Append(text[i++]);
                }
                Require(i == text.Length || text[i] != '\n', $"record {records.Count + 1} ends with a bare LF, not CRLF");
            }
            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                if (i == text.Length) fields.Add("");
                continue;
            }
            if (i < text.Length)
            {
                Require(i + 1 < text.Length && text[i + 1] == '\n', $"record {records.Count + 1} ends with a bare CR, not CRLF");
                i += 2;
            }
            records.Add([.. fields]);
            fields.Clear();
        }
        Require(records.Count > 0, "the CSV is empty");
        var width = records[0].Length;
        var ragged = records.Select((r, n) => (r, n)).Where(x => x.r.Length != width).Select(x => x.n + 1).ToList();
        Require(ragged.Count == 0, $"records {string.Join(", ", ragged.Take(10))} do not have the header's {width} fields");
        return records;
    }

    /// <summary>A workbook Excel opens: a complete zip with the workbook parts, every XML part well-formed (no characters XML forbids).</summary>
    public static void Workbook(byte[] body)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Require(names.Contains("[Content_Types].xml") && names.Contains("xl/workbook.xml") && names.Any(n => n.StartsWith("xl/worksheets/", StringComparison.Ordinal)),
                $"the workbook lacks parts; it has {string.Join(", ", names)}");
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal) && !entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    stream.CopyTo(Stream.Null);
                    continue;
                }
                using var reader = XmlReader.Create(stream, new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
                try
                {
                    while (reader.Read())
                    {
                    }
                }
                catch (XmlException e)
                {
                    throw new InvalidDataException($"the workbook part {entry.FullName} is not well-formed XML: {e.Message}");
                }
            }
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith("the workbook", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"the XLSX is not a valid zip ({body.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes): {e.Message}");
        }
    }
}
