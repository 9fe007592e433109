using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Reports.CommitteeReport;

namespace PartnerCrm.Web.Reports;

/// <summary>
/// The committee report from the web app's door (the session cookie, not a token):
/// <c>GET /rapport/fil?format=html|markdown&amp;lang=da|en&amp;from=&amp;to=</c> sends the same query as the API's
/// route and writes the same document. It is a file to save; with <c>visning=1</c> it is shown in the page
/// instead (the report page's preview frame).
/// </summary>
public static class ReportDownload
{
    public const string Path = "/rapport/fil";

    public static void MapReportDownload(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, DownloadAsync).RequireAuthorization(WebAccess.CrmRead).ExcludeFromDescription();

    /// <summary>The address of the report for a period, in a format and language.</summary>
    public static string Url(DateOnly? from, DateOnly? to, string format, string lang, bool preview = false)
    {
        var query = new List<string> { $"format={format}", $"lang={lang}" };
        if (from is { } f) query.Add($"from={f:yyyy-MM-dd}");
        if (to is { } t) query.Add($"to={t:yyyy-MM-dd}");
        if (preview) query.Add("visning=1");
        return Path + "?" + string.Join("&", query);
    }

    private static async Task<IResult> DownloadAsync(
        DateOnly? from, DateOnly? to, string? format, string? lang, string? visning, ISender sender, CommitteeReportRenderer renderer, CancellationToken cancellationToken)
    {
        format = format == "markdown" ? "markdown" : "html";
        lang = lang == "en" ? "en" : "da";
        CommitteeReportModel model;
        try
        {
            model = await sender.Send(new CommitteeReportQuery(from, to, format, lang), cancellationToken);
        }
        catch (ValidationException)
        {
            return Results.BadRequest();
        }
        var document = await renderer.WriteAsync(model, format, lang);
        return visning == "1"
            ? Results.Text(document.Bytes, document.ContentType)
            : Results.File(document.Bytes, document.ContentType, document.FileName);
    }
}
