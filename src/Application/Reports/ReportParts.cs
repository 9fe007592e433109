using System.Globalization;
using PartnerCrm.Application.Reports.CommitteeReport;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.Files;

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

    /// <summary>A table's header and lines as display text: group values translated, hidden counts as "&lt;5", rates as percentages.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<(TableLineKind Kind, IReadOnlyList<string> Cells)> Lines) Text(
        StatisticsTable table, ReportTexts texts)
    {
        string Figure(object? figure) => figure switch
        {
            long count => Count(count, table.MinCellSize, texts),
            decimal share => Share(share, texts),
            HiddenCount hidden => hidden.ToString(),
            _ => "–",
        };
        IReadOnlyList<string> Cells(TableLine line)
        {
            var totalAt = line.Kind == TableLineKind.Cell ? -1 : line.Group.ToList().IndexOf(null);
            return [.. line.Group.Select((value, i) => value is not null ? texts.Value(value) : i == totalAt ? texts.Total : ""), .. line.Figures.Select(Figure)];
        }
        return (table.Columns().Select(texts.Column).ToList(), table.Lines().Select(line => (line.Kind, Cells(line))).ToList());
    }
}
