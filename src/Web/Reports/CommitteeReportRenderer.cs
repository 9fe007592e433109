using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
using PartnerCrm.Application.Reports.CommitteeReport;

namespace PartnerCrm.Web.Reports;

/// <summary>A written report: its text, its media type and the name to save it under.</summary>
public sealed record ReportDocument(string Text, string ContentType, string FileName)
{
    public byte[] Bytes => Encoding.UTF8.GetBytes(Text);
}

/// <summary>
/// Writes the committee report's model as a document: HTML rendered from <see cref="CommitteeReportDocument"/>
/// with the component renderer (outside any page), or Markdown from the same words. The API's route and the
/// web app's download both write through here.
/// </summary>
public sealed class CommitteeReportRenderer(IServiceProvider services, ILoggerFactory loggers)
{
    public async Task<ReportDocument> WriteAsync(CommitteeReportModel model, string? format, string? lang)
    {
        var content = new ReportContent(model, ReportWords.For(lang));
        var name = $"{(content.Words.Language == "da" ? "rapport-til-udvalget" : "committee-report")}-{model.To:yyyy-MM-dd}";
        return format == "markdown"
            ? new ReportDocument(CommitteeReportMarkdown.Write(content), "text/markdown; charset=utf-8", name + ".md")
            : new ReportDocument(await HtmlAsync(content), "text/html; charset=utf-8", name + ".html");
    }

    public async Task<string> HtmlAsync(ReportContent content)
    {
        await using var renderer = new HtmlRenderer(new LettersAsTheyAre(services), loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<CommitteeReportDocument>(
                ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(CommitteeReportDocument.Content)] = content }));
            return output.ToHtmlString();
        });
    }
}

/// <summary>
/// The application's services, except that markup is escaped with an encoder that leaves letters as they are:
/// "Nøgletal" stays readable in the UTF-8 file (and searchable), only &lt;, &gt;, &amp; and quotes are escaped.
/// </summary>
internal sealed class LettersAsTheyAre(IServiceProvider services) : IServiceProvider
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : services.GetService(serviceType);
}
