using PartnerCrm.Application.Reports.CommitteeReport;
using PartnerCrm.Application.Statistics;

namespace PartnerCrm.Web.Reports;

/// <summary>What the report says, in one language, for the HTML (with charts) and the Markdown (without): one source of wording for both.</summary>
public sealed class ReportContent(CommitteeReportModel model, ReportWords words)
{
    public CommitteeReportModel Model { get; } = model;

    public ReportWords Words { get; } = words;

    /// <summary>"Periode: alle forløb til og med 1. december 2026".</summary>
    public string PeriodLine => $"{Words["Period"]}: {Words.Period(Model)}";

    /// <summary>"Dannet: 1. december 2026 kl. 10.15" (Copenhagen time).</summary>
    public string GeneratedLine => $"{Words["Generated"]}: {Words.Time(Model.GeneratedAt)}";

    public string PeriodTitle => Words[$"PlacementsPer.{Model.Period}"];

    /// <summary>Why placements are counted per half-year or year, when they are.</summary>
    public string? CoarserNote => Model.Coarser ? Words[$"Coarser.{Model.Period}"] : null;

    public string HiddenNote => Words.Format("HiddenNote", Model.Summary.MinCellSize);

    public IReadOnlyList<ReportTable> Tables =>
    [
        Words.Table(Words["PlacementsByType"], Model.PlacementsByType),
        Words.Table(PeriodTitle, Model.PlacementsByPeriodAndType),
        Words.Table(Words["RetentionByType"], Model.RetentionByType),
        Words.Table(Words["Conversion"], Model.Conversion),
        Words.Table(Words["TopIndustries"], Model.PlacementsByIndustry),
    ];

    /// <summary>Placements per period, stacked by scheme; a period's hidden part grey.</summary>
    public Chart PeriodChart()
    {
        var table = Model.PlacementsByPeriodAndType;
        var types = table.Rows.Select(r => r.Group[Dimensions.Type]!).Distinct().Order().ToList();
        var periods = table.Margins.GetValueOrDefault(Model.Period) ?? [];
        var stacks = periods.Select(p =>
        {
            var period = p.Group[Model.Period]!;
            return new Stack(Words.Value(Model.Period, period),
                types.Select(t => table.Rows.FirstOrDefault(r => r.Group[Dimensions.Type] == t && r.Group[Model.Period] == period)?.Figures["placements"].Value is { } v ? (double?)v : null).ToList(),
                p.Figures["placements"].Value);
        }).ToList();
        return ChartLayout.StackedBars(PeriodTitle, types.Select(t => Words.Value(Dimensions.Type, t)).ToList(), stacks, Words["Hidden"], $"<{table.MinCellSize}");
    }

    public Chart RetentionChart() =>
        ChartLayout.HorizontalBars(Words["RetentionByType"],
            Model.RetentionByType.Rows.Select(r => new Bar(Words.Value(Dimensions.Type, r.Group[Dimensions.Type]), (double?)r.Rates["retentionRate"], "–")).ToList(),
            Words.Share, max: 1);

    /// <summary>The eight industries with most placements, by their DB07 title in the language.</summary>
    public Chart IndustryChart() =>
        ChartLayout.HorizontalBars(Words["TopIndustries"],
            Model.PlacementsByIndustry.Rows
                .OrderByDescending(r => r.Figures["placements"].Value ?? 0).Take(8)
                .Select(r => new Bar(Words.Value(Dimensions.Industry, r.Group[Dimensions.Industry]), r.Figures["placements"].Value, $"<{Model.PlacementsByIndustry.MinCellSize}"))
                .ToList(),
            Words.Number);
}
