using System.Globalization;
using PartnerCrm.Application.Reports.CommitteeReport;
using PartnerCrm.Application.Statistics;

namespace PartnerCrm.Application.Reports;

/// <summary>What the HTML and Markdown reports share: the headline figures and the tables as text.</summary>
public static class ReportParts
{
    public static CultureInfo Culture(ReportTexts texts) => CultureInfo.GetCultureInfo(texts.Language == "da" ? "da-DK" : "en-GB");

    public static string Count(long? value, int minCellSize, ReportTexts texts) =>
        value is { } v ? v.ToString("N0", Culture(texts)) : $"<{minCellSize}";

    public static string Share(decimal? value, ReportTexts texts) =>
        value is { } v ? v.ToString("P0", Culture(texts)) : "–";

    public static string Period(CommitteeReportModel report, ReportTexts texts) =>
        report.From == DateOnly.MinValue
            ? $"– {report.To.ToString("d", Culture(texts))}"
            : $"{report.From.ToString("d", Culture(texts))} – {report.To.ToString("d", Culture(texts))}";

    public static IReadOnlyList<(string Label, string Value)> Headlines(CommitteeReportModel report, ReportTexts texts)
    {
        var s = report.Summary;
        return
        [
            (texts.ActivePartnerships, Count(s.ActivePartnerships, s.MinCellSize, texts)),
            (texts.OpenInternshipSlots, Count(s.OpenInternshipSlots, s.MinCellSize, texts)),
            (texts.ActivePlacements, Count(s.ActivePlacements, s.MinCellSize, texts)),
            (texts.PlacementsThisYear, Count(s.PlacementsThisYear, s.MinCellSize, texts)),
            (texts.OverdueFollowUps, Count(s.OverdueFollowUps, s.MinCellSize, texts)),
            (texts.SixMonthRetention, Share(s.SixMonthRetention, texts)),
            (texts.MedianDays, s.MedianDaysFromArrivalToFirstPlacement is { } d ? d.ToString("N0", Culture(texts)) : "–"),
            (texts.FollowUpCompliance, Share(s.FollowUpCompliance, texts)),
            (texts.SlotUse, Share(s.SlotUse, texts)),
        ];
    }

    /// <summary>A table's header and rows as display text: group values translated, hidden counts as "&lt;5", rates as percentages.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Text(StatisticsTable table, ReportTexts texts)
    {
        var groupColumns = table.GroupColumns();
        var header = groupColumns.Concat(table.Measures).Concat(table.Rates.Select(r => r.Name)).Select(texts.Column).ToList();
        IReadOnlyList<string> Line(StatisticsRow row, bool total) =>
            groupColumns.Select((c, i) => total ? (i == 0 ? texts.Total : "") : texts.Value(row.Group.GetValueOrDefault(c)))
                .Concat(table.Measures.Select(m => Count(row.Figures[m].Value, table.MinCellSize, texts)))
                .Concat(table.Rates.Select(r => Share(row.Rates[r.Name], texts)))
                .ToList();
        return (header, table.Rows.Select(r => Line(r, false)).Append(Line(table.Total, true)).ToList());
    }
}
