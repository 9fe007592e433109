using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PartnerCrm.Api.Tests.Infrastructure;
using PartnerCrm.Application.Companies.Imports;
using PartnerCrm.Domain.Companies.Imports;

namespace PartnerCrm.Api.Tests.CompanyRegister;

/// <summary>Extract files and the round trip of an import: upload, then follow the job until it has finished.</summary>
public static class CompanyImportData
{
    public const string DanishHeader = "CVR-nummer;Navn;Adresse;Postnr;By;Branchekode;Antal ansatte;Ophørsdato;P-nummer";

    /// <summary>A file of <paramref name="rows"/> (each already separated by ;) under the Danish header, UTF-8 with a BOM, LF line ends.</summary>
    public static byte[] Extract(params string[] rows) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\n", [DanishHeader, .. rows]) + "\n")];

    /// <summary>A register of <paramref name="count"/> companies, each with one workplace, as a municipality's extract would have it.</summary>
    public static byte[] LargeExtract(int count, string nameSuffix = "")
    {
        var text = new StringBuilder(DanishHeader).Append('\n');
        var postalCodes = new[] { "2820", "2900", "2920", "2930", "2942", "2000" };
        var i = 0;
        foreach (var cvr in TestData.CvrNumbers(2_000_000).Take(count))
        {
            text.Append(cvr).Append(";Virksomhed ").Append(i).Append(nameSuffix).Append(";Strandvejen ").Append(i % 400 + 1).Append(';')
                .Append(postalCodes[i % postalCodes.Length]).Append(";Gentofte;").Append(IndustryCodes[i % IndustryCodes.Length]).Append(';')
                .Append(i % 250).Append(";;").Append(1_000_000_000L + i).Append('\n');
            i++;
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static readonly string[] IndustryCodes = ["471100", "561010", "412000", "812100", "862100", "493200", "107100"];

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] file, bool dryRun = false, string fileName = "udtraek.csv")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
        return await client.PostAsync($"/api/v1/companies/imports{(dryRun ? "?dryRun=true" : "")}", content);
    }

    /// <summary>Uploads and waits until the job has finished (completed or failed).</summary>
    public static async Task<CompanyImportDto> ImportAsync(this HttpClient client, byte[] file, bool dryRun = false)
    {
        var response = await client.UploadAsync(file, dryRun);
        await response.ShouldBe(HttpStatusCode.Accepted);
        return await client.FinishedAsync(response.Headers.Location!.OriginalString);
    }

    public static async Task<CompanyImportDto> FinishedAsync(this HttpClient client, string location, TimeSpan? within = null)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var job = await client.JobAsync(location);
            if (job.Status is ImportStatus.Completed or ImportStatus.Failed) return job;
            if (waited.Elapsed > (within ?? TimeSpan.FromMinutes(2))) throw new TimeoutException($"The import {location} is still {job.Status}.");
            await Task.Delay(100);
        }
    }

    public static async Task<CompanyImportDto> JobAsync(this HttpClient client, string location)
    {
        var response = await client.GetAsync(location);
        await response.ShouldBe(HttpStatusCode.OK);
        return await response.ReadAsync<CompanyImportDto>();
    }
}
