namespace PartnerCrm.Web.Reports;

/// <summary>
/// The report file's own styles (it is one self-contained file): A4 portrait with 16 × 14 mm margins, tables
/// that wrap long cells and keep numbers right-aligned, a smaller type in print so every table fits the page.
/// </summary>
internal static class ReportStyle
{
    public const string Css = """
        @page { size: A4 portrait; margin: 16mm 14mm; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: Helvetica, Arial, sans-serif; color: #222; margin: 0 auto; padding: 0 12px; max-width: 182mm; font-size: 10.5pt; line-height: 1.4; }
        h1 { font-size: 18pt; margin: 12pt 0 4pt; color: #1f5f8b; }
        h2 { font-size: 13pt; margin: 18pt 0 6pt; border-bottom: 1px solid #ccc; padding-bottom: 2pt; break-after: avoid; }
        .meta { color: #4a4a4a; margin: 0 0 10pt; }
        .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(48mm, 1fr)); gap: 6pt; }
        .figure { border: 1px solid #ddd; border-radius: 4pt; padding: 6pt 8pt; break-inside: avoid; }
        .figure .value { font-size: 16pt; font-weight: bold; color: #1f5f8b; }
        .figure .label { font-size: 9pt; color: #4a4a4a; }
        .chart { break-inside: avoid; margin: 6pt 0 14pt; }
        .chart svg { display: block; max-width: 100%; height: auto; }
        table { border-collapse: collapse; width: 100%; max-width: 100%; margin: 4pt 0 12pt; font-size: 9.5pt; }
        caption { text-align: left; font-weight: bold; margin-bottom: 3pt; }
        th, td { border-bottom: 1px solid #e3e3e3; padding: 3pt 5pt; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
        thead th { background: #eef3f8; font-weight: bold; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        td.number { white-space: nowrap; }
        tr { break-inside: avoid; }
        tr.total td { font-weight: bold; border-top: 1px solid #999; }
        .note { color: #4a4a4a; font-size: 9pt; }
        ol.recommendations li { margin-bottom: 6pt; break-inside: avoid; }
        .kind { color: #4a4a4a; font-size: 9pt; }
        ul.to-approach { margin: 2pt 0 0; padding-left: 14pt; }
        @media screen and (max-width: 640px) {
          th, td { overflow-wrap: anywhere; padding: 2pt 3pt; }
          table { font-size: 8.5pt; }
        }
        @media print {
          body { padding: 0; max-width: none; font-size: 9.5pt; }
          h1 { margin-top: 0; }
          table { font-size: 8pt; }
          th, td { padding: 2pt 3pt; }
        }
        """;
}
