using System.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies.Imports.GetCompanyImport;
using PartnerCrm.Domain.Companies.Imports;
using PartnerCrm.Web.Resources;

namespace PartnerCrm.Web.Hosting;

/// <summary>
/// The invalid rows of a company import as a CSV file for a spreadsheet (<c>;</c>, UTF-8 with BOM), in the
/// language of the page: line, column and reason, so the rows can be put right in the source and imported again.
/// </summary>
public static class CompanyImportDownload
{
    public static string Url(Guid importId) => $"/virksomheder/import/{importId}/fejl.csv";

    public static void MapCompanyImportDownload(this IEndpointRouteBuilder app) =>
        app.MapGet("/virksomheder/import/{id:guid}/fejl.csv", DownloadAsync).RequireAuthorization(WebAccess.CrmWrite).ExcludeFromDescription();

    /// <summary>A row's reason in the page's language, by its code.</summary>
    public static string ReasonOf(InvalidRow row, IStringLocalizer<CompanyImportTexts> texts) =>
        texts[$"Reason.{row.Code}"] is { ResourceNotFound: false } reason ? reason.Value : texts["Reason.unknown"];

    private static async Task<IResult> DownloadAsync(Guid id, ISender sender, IStringLocalizer<CompanyImportTexts> texts, CancellationToken cancellationToken)
    {
        var job = await sender.Send(new GetCompanyImportQuery(id), cancellationToken);
        var csv = new StringBuilder();
        csv.Append(string.Join(';', texts["Job.Line"], texts["Job.Column"], texts["Job.Reason"])).Append("\r\n");
        foreach (var row in job.InvalidRows)
            csv.Append(row.Line).Append(';').Append(Quoted(row.Column ?? "")).Append(';').Append(Quoted(ReasonOf(row, texts))).Append("\r\n");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        var name = Path.GetFileNameWithoutExtension(job.FileName);
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"{name}-fejl.csv");
    }

    /// <summary>A field quoted when it holds the separator, a quote or a line break; a leading formula sign is defused for spreadsheets.</summary>
    private static string Quoted(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([';', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
