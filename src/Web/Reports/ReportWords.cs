using System.Globalization;
using System.Resources;
using PartnerCrm.Application.Recommendations;
using PartnerCrm.Application.Reports.CommitteeReport;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.Files;
using PartnerCrm.Application.Statistics.Texts;
using PartnerCrm.Web.Resources;

namespace PartnerCrm.Web.Reports;

/// <summary>
/// The committee report's words in one language, for the HTML and the Markdown alike: its own texts
/// (resource file <c>ReportTexts</c>), column titles and dimension values from <see cref="StatisticsLabels"/>,
/// recommendations from <see cref="RecommendationWording"/>, numbers, dates and Copenhagen times in the language.
/// </summary>
public sealed class ReportWords
{
    private static readonly ResourceManager Texts = new(typeof(ReportTexts));
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private ReportWords(CultureInfo culture) => Culture = culture;

    public static readonly ReportWords Danish = new(CultureInfo.GetCultureInfo("da-DK"));
    public static readonly ReportWords English = new(CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The words of a <c>lang</c> value: <c>en</c> is English, anything else Danish.</summary>
    public static ReportWords For(string? lang) => lang == "en" ? English : Danish;

    public CultureInfo Culture { get; }

    /// <summary>The language's code for <c>lang</c> attributes: <c>da</c> or <c>en</c>.</summary>
    public string Language => Culture.TwoLetterISOLanguageName;

    public string this[string key] => Texts.GetString(key, Culture) ?? throw new InvalidOperationException($"The report text {key} is missing.");

    public string Format(string key, params object?[] arguments) => string.Format(Culture, this[key], arguments);

    public string Date(DateOnly date) => date.ToString(this["Format.Date"], Culture);

    /// <summary>"1. december 2026 kl. 10.15" in Copenhagen's time (summer time included).</summary>
    public string Time(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Copenhagen);
        return Format("Generated.At", Date(DateOnly.FromDateTime(local.DateTime)), local.ToString(this["Format.Time"], Culture));
    }

    /// <summary>"fra 1. januar 2026 til og med 1. december 2026", or "alle forløb til og med 1. december 2026" when open at the start.</summary>
    public string Period(CommitteeReportModel report) =>
        report.From is { } from ? Format("Period.Between", Date(from), Date(report.To)) : Format("Period.Open", Date(report.To));

    public string Count(long? value, int minCellSize) => value is { } v ? v.ToString("N0", Culture) : $"<{minCellSize}";

    public string Share(decimal? value) => value is { } v ? v.ToString("P0", Culture) : "–";

    public string Share(double value) => value.ToString("P0", Culture);

    public string Number(double value) => value.ToString("N0", Culture);

    /// <summary>A dimension's value as words (a scheme, a quarter, a half-year, an industry by its code's title).</summary>
    public string Value(string dimension, string? value) =>
        value is null ? "" : dimension == Dimensions.Industry ? Industries.NameOf(value, Culture) ?? StatisticsLabels.Value(dimension, value, null, Culture)
            : StatisticsLabels.Value(dimension, value, null, Culture);

    public string KindName(RecommendationKind kind) => RecommendationWording.KindName(kind, Culture);

    public string Title(Recommendation recommendation) => RecommendationWording.Title(recommendation, Culture);

    public string Reason(Recommendation recommendation) => RecommendationWording.Reason(recommendation, Culture);

    /// <summary>"Strandvejens Køkken ApS (CVR 31580005, 34 ansatte)": a company a recruiting recommendation names.</summary>
    public string CompanyToApproach(CompanyToApproach company) =>
        company.EmployeeCount is { } employees
            ? Format("ToApproach.Company", company.Name, company.Cvr, employees.ToString("N0", Culture))
            : Format("ToApproach.CompanyOfUnknownSize", company.Name, company.Cvr);

    public IReadOnlyList<(string Label, string Value)> Headlines(CommitteeReportModel report)
    {
        var s = report.Summary;
        return
        [
            (this["Headline.ActivePartnerships"], Count(s.ActivePartnerships, s.MinCellSize)),
            (this["Headline.OpenInternshipSlots"], Count(s.OpenInternshipSlots, s.MinCellSize)),
            (this["Headline.ActivePlacements"], Count(s.ActivePlacements, s.MinCellSize)),
            (this["Headline.PlacementsThisYear"], Count(s.PlacementsThisYear, s.MinCellSize)),
            (this["Headline.OverdueFollowUps"], Count(s.OverdueFollowUps, s.MinCellSize)),
            (this["Headline.SixMonthRetention"], Share(s.SixMonthRetention)),
            (this["Headline.MedianDays"], s.MedianDaysFromArrivalToFirstPlacement is { } d ? Number(d) : "–"),
            (this["Headline.FollowUpCompliance"], Share(s.FollowUpCompliance)),
            (this["Headline.SlotUse"], Share(s.SlotUse)),
        ];
    }

    /// <summary>
    /// A table as display text: its column titles, and its lines with group values in words ("I alt" where a
    /// line sums over a dimension), hidden counts as "&lt;5" and shares as percentages. <see cref="ReportTable.FirstNumber"/>
    /// says where the numbers begin.
    /// </summary>
    public ReportTable Table(string caption, StatisticsTable table)
    {
        var columns = table.Columns();
        string Figure(object? figure) => figure switch
        {
            long count => Count(count, table.MinCellSize),
            decimal share => Share(share),
            HiddenCount hidden => hidden.ToString(),
            _ => "–",
        };
        var lines = table.Lines().Select(line => new ReportTableLine(
            line.Kind != TableLineKind.Cell,
            [.. StatisticsLabels.Group(columns, line, Culture), .. line.Figures.Select(Figure)])).ToList();
        return new ReportTable(caption, StatisticsLabels.Header(table, Culture), lines, columns.Count - table.Measures.Count - table.Rates.Count);
    }
}

/// <summary>A table of the report as text, the same in HTML and Markdown.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<ReportTableLine> Lines, int FirstNumber);

public sealed record ReportTableLine(bool IsTotal, IReadOnlyList<string> Cells);
