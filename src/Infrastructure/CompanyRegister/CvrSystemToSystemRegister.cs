using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PartnerCrm.Application.Companies.CompanyRegister;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Infrastructure.CompanyRegister;

/// <summary>
/// The CVR register itself, asked through the Danish Business Authority's system-to-system access: an Elasticsearch
/// search (<c>POST cvr-permanent/virksomhed/_search</c>, HTTP basic authentication) that answers one document per
/// company under <c>hits.hits[]._source.Vrvirksomhed</c>. The access and its terms are described at
/// https://datahub.virk.dk/dataset/system-til-system-adgang-til-cvr-data; the document's fields
/// (<c>virksomhedMetadata.nyesteNavn</c>, <c>nyesteBeliggenhedsadresse</c>, <c>nyesteHovedbranche</c>, the
/// <c>nyeste…beskaeftigelse</c> figures, <c>livsforloeb</c>, <c>penheder</c>) at
/// https://brokk-sindre.github.io/cvr-documentation/api-reference/overview. A register that fails, refuses or
/// does not answer within the configured time is reported as unavailable, never as an unknown company.
/// </summary>
public sealed class CvrSystemToSystemRegister(HttpClient http) : ICompanyRegister
{
    public const string SearchPath = "cvr-permanent/virksomhed/_search";

    public RegisterSource Source => RegisterSource.Cvr;

    /// <summary>Sets the address, the time limit and the credentials on the client the register uses.</summary>
    public static void Configure(HttpClient http, CvrRegisterSettings settings)
    {
        http.BaseAddress = settings.BaseUrl;
        http.Timeout = settings.Timeout;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.UserName}:{settings.Password}")));
    }

    public async Task<RegisterRecord?> FindAsync(Cvr cvr, CancellationToken cancellationToken)
    {
        var query = new
        {
            _source = new[] { "Vrvirksomhed" },
            query = new { term = new Dictionary<string, long> { ["Vrvirksomhed.cvrNummer"] = long.Parse(cvr.Value, CultureInfo.InvariantCulture) } },
            size = 1,
        };
        JsonDocument answer;
        try
        {
            using var response = await http.PostAsJsonAsync(SearchPath, query, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new RegisterUnavailableException($"the CVR register answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            answer = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new RegisterUnavailableException("the CVR register could not be reached.", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RegisterUnavailableException($"the CVR register did not answer within {http.Timeout.TotalSeconds:0.#} seconds.", e);
        }
        catch (JsonException e)
        {
            throw new RegisterUnavailableException("the CVR register's answer was not the JSON it documents.", e);
        }

        using (answer)
        {
            try
            {
                return Read(answer.RootElement, cvr);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException)
            {
                throw new RegisterUnavailableException("the CVR register's answer did not have the documented shape.", e);
            }
        }
    }

    private static RegisterRecord? Read(JsonElement answer, Cvr cvr)
    {
        var company = answer.GetProperty("hits").GetProperty("hits").EnumerateArray()
            .Select(hit => hit.GetProperty("_source").GetProperty("Vrvirksomhed"))
            .FirstOrDefault(c => c.GetProperty("cvrNummer").GetInt64().ToString("D8", CultureInfo.InvariantCulture) == cvr.Value);
        if (company.ValueKind != JsonValueKind.Object) return null;

        var metadata = company.GetProperty("virksomhedMetadata");
        var industry = Text(Object(metadata, "nyesteHovedbranche"), "branchekode");
        return new RegisterRecord(
            cvr,
            Text(Object(metadata, "nyesteNavn"), "navn") ?? "",
            AddressOf(Object(metadata, "nyesteBeliggenhedsadresse")),
            IndustryCode.IsValid(industry) ? IndustryCode.Parse(industry!) : null,
            EmployeeCount(metadata),
            CeasedOn(company),
            Workplaces(company));
    }

    /// <summary>The street as it is written on a letter: road, house number and letter (e.g. "Hovedgaden 12A").</summary>
    private static Address? AddressOf(JsonElement? address)
    {
        if (address is not { } a) return null;
        var road = Text(a, "vejnavn");
        var city = Text(a, "postdistrikt");
        var postalCode = Number(a, "postnummer")?.ToString("D4", CultureInfo.InvariantCulture);
        if (string.IsNullOrWhiteSpace(road) || string.IsNullOrWhiteSpace(city) || !PostalCode.IsValid(postalCode)) return null;
        var house = $"{Number(a, "husnummerFra")?.ToString(CultureInfo.InvariantCulture)}{Text(a, "bogstavFra")}";
        return new Address(house.Length == 0 ? road.Trim() : $"{road.Trim()} {house}", PostalCode.Parse(postalCode!), city.Trim());
    }

    /// <summary>
    /// The newest figure the register has, the monthly before the quarterly before the yearly. Where it gives only a
    /// band (<c>ANTAL_10_19</c>, or <c>ANTAL_1000_</c> open upwards), the band's lower bound: at least that many.
    /// </summary>
    private static int? EmployeeCount(JsonElement metadata)
    {
        foreach (var name in (string[])["nyesteMaanedsbeskaeftigelse", "nyesteErstMaanedsbeskaeftigelse", "nyesteKvartalsbeskaeftigelse", "nyesteAarsbeskaeftigelse"])
        {
            if (Object(metadata, name) is not { } figure) continue;
            if (Number(figure, "antalAnsatte") is { } count) return (int)count;
            var band = Text(figure, "intervalKodeAntalAnsatte")?.Split('_');
            if (band is ["ANTAL", var lowest, ..] && int.TryParse(lowest, CultureInfo.InvariantCulture, out var atLeast)) return atLeast;
        }
        return null;
    }

    /// <summary>A company ceased on the end of its last life period (livsforløb), when no period is still open.</summary>
    private static DateOnly? CeasedOn(JsonElement company)
    {
        if (!company.TryGetProperty("livsforloeb", out var lives) || lives.ValueKind != JsonValueKind.Array || lives.GetArrayLength() == 0) return null;
        var ends = lives.EnumerateArray().Select(life => Text(Object(life, "periode"), "gyldigTil")).ToList();
        return ends.Any(end => end is null) ? null : ends.Select(end => DateOnly.ParseExact(end!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).Max();
    }

    /// <summary>The production units still open. The company's document carries their numbers, not their addresses.</summary>
    private static List<RegisterWorkplace> Workplaces(JsonElement company) =>
        company.TryGetProperty("penheder", out var units) && units.ValueKind == JsonValueKind.Array
            ? units.EnumerateArray()
                .Where(unit => Text(Object(unit, "periode"), "gyldigTil") is null)
                .Select(unit => Number(unit, "pNummer")?.ToString(CultureInfo.InvariantCulture))
                .Where(PNumber.IsValid)
                .Distinct()
                .Order(StringComparer.Ordinal)
                .Select(number => new RegisterWorkplace(PNumber.Parse(number!), null))
                .ToList()
            : [];

    private static JsonElement? Object(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    private static string? Text(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>A whole number the register writes as a number (<c>2900</c>) or, in older documents, as text (<c>"2900"</c>).</summary>
    private static long? Number(JsonElement? parent, string name) =>
        long.TryParse(Text(parent, name), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
