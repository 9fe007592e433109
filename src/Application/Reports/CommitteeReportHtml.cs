using System.Globalization;
using System.Text;
using PartnerCrm.Application.Reports.CommitteeReport;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.Files;

namespace PartnerCrm.Application.Reports;

/// <summary>The report as one self-contained HTML file (no scripts, no external files) that prints on A4.</summary>
public static class CommitteeReportHtml
{
    private const string Style = """
        @page { size: A4; margin: 16mm 14mm; }
        body { font-family: Helvetica, Arial, sans-serif; color: #222; margin: 0 auto; max-width: 180mm; font-size: 10.5pt; line-height: 1.4; }
        h1 { font-size: 18pt; margin: 0 0 4pt; color: #1f5f8b; }
        h2 { font-size: 13pt; margin: 18pt 0 6pt; border-bottom: 1px solid #ccc; padding-bottom: 2pt; }
        .meta { color: #555; margin-bottom: 10pt; }
        .figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6pt; }
        .figure { border: 1px solid #ddd; border-radius: 4pt; padding: 6pt 8pt; break-inside: avoid; }
        .figure .value { font-size: 16pt; font-weight: bold; color: #1f5f8b; }
        .figure .label { font-size: 9pt; color: #555; }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; break-inside: avoid; font-size: 9.5pt; }
        th, td { border-bottom: 1px solid #e3e3e3; padding: 3pt 6pt; text-align: left; }
        th { background: #eef3f8; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total td { font-weight: bold; border-top: 1px solid #999; }
        .chart { break-inside: avoid; margin: 6pt 0 12pt; }
        .note { color: #555; font-size: 9pt; }
        ol.recommendations li { margin-bottom: 6pt; break-inside: avoid; }
        .score { color: #555; font-size: 9pt; }
        """;

    public static string Render(CommitteeReportModel report, ReportTexts texts)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"{texts.Language}\"><head><meta charset=\"utf-8\"><title>{E(texts.Title)}</title>")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>").Append(Style).Append("</style></head><body>")
            .Append(CultureInfo.InvariantCulture, $"<h1>{E(texts.Title)}</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{E(texts.Period)}: {E(ReportParts.Period(report, texts))} · {E(texts.Generated)}: {E(report.GeneratedAt.ToString("g", ReportParts.Culture(texts)))} UTC</p>");

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(texts.Headlines)}</h2><div class=\"figures\">");
        foreach (var (label, value) in ReportParts.Headlines(report, texts))
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"figure\"><div class=\"value\">{E(value)}</div><div class=\"label\">{E(label)}</div></div>");
        html.Append("</div>");

        html.Append("<div class=\"chart\">").Append(QuarterChart(report, texts)).Append("</div>");
        html.Append("<div class=\"chart\">").Append(SvgCharts.HorizontalBars(texts.RetentionByType,
            report.RetentionByType.Rows.Select(r => new Bar(texts.Value(r.Group[Dimensions.Type]), (double?)r.Rates["retentionRate"], "–")).ToList(),
            value => value.ToString("P0", ReportParts.Culture(texts)), max: 1)).Append("</div>");
        html.Append("<div class=\"chart\">").Append(SvgCharts.HorizontalBars(texts.TopIndustries,
            report.PlacementsByIndustry.Rows
                .OrderByDescending(r => r.Figures["placements"].Value ?? 0).Take(8)
                .Select(r => new Bar(r.Group.GetValueOrDefault("industryName") ?? r.Group[Dimensions.Industry] ?? "", r.Figures["placements"].Value,
                    $"<{report.PlacementsByIndustry.MinCellSize}"))
                .ToList(),
            value => value.ToString("N0", ReportParts.Culture(texts)))).Append("</div>");

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(texts.Tables)}</h2>");
        Table(html, texts.PlacementsByType, report.PlacementsByType, texts);
        Table(html, texts.RetentionByType, report.RetentionByType, texts);
        Table(html, texts.Conversion, report.Conversion, texts);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(string.Format(CultureInfo.InvariantCulture, texts.HiddenNote, report.Summary.MinCellSize))}</p>");

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(texts.Recommendations)}</h2>");
        if (report.Recommendations.Count == 0) html.Append(CultureInfo.InvariantCulture, $"<p>{E(texts.NoRecommendations)}</p>");
        else
        {
            html.Append("<ol class=\"recommendations\">");
            foreach (var r in report.Recommendations)
                html.Append(CultureInfo.InvariantCulture,
                    $"<li><strong>{E(r.Title)}</strong> <span class=\"score\">({E(texts.Value(Common.EnumNaming.NameOf(r.Kind)))}, {E(texts.Score)} {r.Score})</span><br>{E(r.Reason)}</li>");
            html.Append("</ol>");
        }
        return html.Append("</body></html>").ToString();
    }

    private static string QuarterChart(CommitteeReportModel report, ReportTexts texts)
    {
        var table = report.PlacementsByQuarterAndType;
        var types = table.Rows.Select(r => r.Group[Dimensions.Type]!).Distinct().Order().ToList();
        var quarters = table.Margins.GetValueOrDefault(Dimensions.Quarter) ?? [];
        var stacks = quarters.Select(q =>
        {
            var quarter = q.Group[Dimensions.Quarter]!;
            return new Stack(quarter,
                types.Select(t => table.Rows.FirstOrDefault(r => r.Group[Dimensions.Type] == t && r.Group[Dimensions.Quarter] == quarter)?.Figures["placements"].Value is { } v ? (double?)v : null).ToList(),
                q.Figures["placements"].Value);
        }).ToList();
        return SvgCharts.StackedBars(texts.PlacementsPerQuarter, types.Select(texts.Value).ToList(), stacks, texts.Hidden, $"<{table.MinCellSize}");
    }

    private static void Table(StringBuilder html, string caption, StatisticsTable table, ReportTexts texts)
    {
        var (header, lines) = ReportParts.Text(table, texts);
        var firstNumber = header.Count - table.Measures.Count - table.Rates.Count;
        html.Append(CultureInfo.InvariantCulture, $"<table><caption style=\"text-align:left;font-weight:bold;margin-bottom:3pt\">{E(caption)}</caption><thead><tr>");
        for (var i = 0; i < header.Count; i++) html.Append(CultureInfo.InvariantCulture, $"<th{(i >= firstNumber ? " class=\"number\"" : "")}>{E(header[i])}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var (kind, cells) in lines)
        {
            html.Append(kind == TableLineKind.Cell ? "<tr>" : "<tr class=\"total\">");
            for (var i = 0; i < cells.Count; i++) html.Append(CultureInfo.InvariantCulture, $"<td{(i >= firstNumber ? " class=\"number\"" : "")}>{E(cells[i])}</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }

    /// <summary>Escapes markup only; letters such as æ, ø and å stay as they are in the UTF-8 file.</summary>
    private static string E(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
