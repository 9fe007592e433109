using System.Globalization;
using System.Text;
using PartnerCrm.Application.Reports.CommitteeReport;
using PartnerCrm.Application.Statistics;

namespace PartnerCrm.Application.Reports;

/// <summary>The report in Markdown: the same figures, tables and recommendations, without charts.</summary>
public static class CommitteeReportMarkdown
{
    public static string Render(CommitteeReportModel report, ReportTexts texts)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {texts.Title}").AppendLine()
          .AppendLine(CultureInfo.InvariantCulture, $"{texts.Period}: {ReportParts.Period(report, texts)} · {texts.Generated}: {report.GeneratedAt.ToString("g", ReportParts.Culture(texts))} UTC")
          .AppendLine()
          .AppendLine(CultureInfo.InvariantCulture, $"## {texts.Headlines}").AppendLine();
        foreach (var (label, value) in ReportParts.Headlines(report, texts)) md.AppendLine(CultureInfo.InvariantCulture, $"- {Plain(label)}: **{Plain(value)}**");

        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {texts.Tables}");
        Table(md, texts.PlacementsByType, report.PlacementsByType, texts);
        Table(md, texts.PlacementsPerQuarter, report.PlacementsByQuarterAndType, texts);
        Table(md, texts.RetentionByType, report.RetentionByType, texts);
        Table(md, texts.Conversion, report.Conversion, texts);
        Table(md, texts.TopIndustries, report.PlacementsByIndustry, texts);
        md.AppendLine().AppendLine(Plain(string.Format(CultureInfo.InvariantCulture, texts.HiddenNote, report.Summary.MinCellSize)));

        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {texts.Recommendations}").AppendLine();
        if (report.Recommendations.Count == 0) md.AppendLine(texts.NoRecommendations);
        var n = 0;
        foreach (var r in report.Recommendations)
            md.AppendLine(CultureInfo.InvariantCulture,
                $"{++n}. **{Plain(r.Title)}** ({Plain(texts.Value(Common.EnumNaming.NameOf(r.Kind)))}, {texts.Score} {r.Score}): {Plain(r.Reason)}");
        return md.ToString();
    }

    private static void Table(StringBuilder md, string caption, StatisticsTable table, ReportTexts texts)
    {
        var (header, lines) = ReportParts.Text(table, texts);
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {caption}").AppendLine()
          .AppendLine("| " + string.Join(" | ", header.Select(Plain)) + " |")
          .AppendLine("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var (_, cells) in lines) md.AppendLine("| " + string.Join(" | ", cells.Select(Plain)) + " |");
    }

    /// <summary>
    /// Text as Markdown shows it, never as markup: HTML's angle brackets and ampersand become entities (so a
    /// company named "&lt;script&gt;" stays text in every renderer), and Markdown's own signs are escaped
    /// (a pipe would split a table cell, an asterisk start emphasis).
    /// </summary>
    private static string Plain(string text)
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
