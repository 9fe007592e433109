using System.Globalization;
using System.Text;

namespace PartnerCrm.Web.Reports;

/// <summary>The report in Markdown: the same words, figures, tables and recommendations as the HTML, without charts.</summary>
public static class CommitteeReportMarkdown
{
    public static string Write(ReportContent content)
    {
        var w = content.Words;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {Plain(w["Title"])}").AppendLine()
          .AppendLine(CultureInfo.InvariantCulture, $"{Plain(content.PeriodLine)} · {Plain(content.GeneratedLine)}").AppendLine()
          .AppendLine(CultureInfo.InvariantCulture, $"## {Plain(w["Headlines"])}").AppendLine();
        foreach (var (label, value) in w.Headlines(content.Model)) md.AppendLine(CultureInfo.InvariantCulture, $"- {Plain(label)}: **{Plain(value)}**");

        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {Plain(w["Tables"])}");
        foreach (var table in content.Tables)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {Plain(table.Caption)}").AppendLine()
              .AppendLine("| " + string.Join(" | ", table.Header.Select(Plain)) + " |")
              .AppendLine("|" + string.Concat(table.Header.Select((_, i) => i >= table.FirstNumber ? "---:|" : "---|")));
            foreach (var line in table.Lines) md.AppendLine("| " + string.Join(" | ", line.Cells.Select(Plain)) + " |");
            if (table.Caption == content.PeriodTitle && content.CoarserNote is { } coarser) md.AppendLine().AppendLine(Plain(coarser));
        }
        md.AppendLine().AppendLine(Plain(content.HiddenNote));

        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {Plain(w["Recommendations"])}").AppendLine();
        if (content.Model.Recommendations.Count == 0) md.AppendLine(Plain(w["NoRecommendations"]));
        var n = 0;
        foreach (var r in content.Model.Recommendations)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"{++n}. **{Plain(w.Title(r))}** ({Plain(w.KindName(r.Kind))}, {r.Score} {Plain(w["Score"])}): {Plain(w.Reason(r))}");
            if (r.CompaniesToApproach is not { Count: > 0 } companies) continue;
            md.AppendLine(CultureInfo.InvariantCulture, $"   {Plain(w["ToApproach"])}");
            foreach (var company in companies) md.AppendLine(CultureInfo.InvariantCulture, $"   - {Plain(w.CompanyToApproach(company))}");
        }
        return md.ToString();
    }

    /// <summary>
    /// Text as Markdown shows it, never as markup: HTML's angle brackets and ampersand become entities (so a
    /// company named "&lt;script&gt;" stays text in every renderer), and Markdown's own signs are escaped
    /// (a pipe would split a table cell, an asterisk start emphasis).
    /// </summary>
    public static string Plain(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
            safe.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '|' or '!' or '~' => "\\" + c,
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        return safe.ToString();
    }
}
