using System.Globalization;
using System.Security;
using System.Text;

namespace PartnerCrm.Application.Reports;

/// <summary>One bar, or one stack of a stacked bar: a label and a value (null when it may not be shown).</summary>
public sealed record Bar(string Label, double? Value, string? Note = null);

/// <summary>A category of a stacked bar chart with its segments, in the order of the legend.</summary>
public sealed record Stack(string Label, IReadOnlyList<double?> Segments, double? Total);

/// <summary>
/// Small, dependency-free SVG charts for the committee report: they print sharply and need no script.
/// Hidden figures are never drawn as a size: they are marked instead.
/// </summary>
public static class SvgCharts
{
    public static readonly string[] Palette = ["#1f5f8b", "#e07b39", "#3b9c6d", "#b8436d", "#7b6bb0", "#8a8a8a"];
    private const string HiddenColour = "#d9d9d9";

    /// <summary>Horizontal bars, one per row, with the value written after the bar.</summary>
    public static string HorizontalBars(string title, IReadOnlyList<Bar> bars, Func<double, string> format, double? max = null)
    {
        const int labelWidth = 230, barWidth = 330, rowHeight = 26, top = 30;
        var height = top + bars.Count * rowHeight + 10;
        var scale = max ?? Math.Max(1, bars.Select(b => b.Value ?? 0).DefaultIfEmpty(0).Max());
        var svg = Open(title, 640, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = top + i * rowHeight;
            svg.Append(Text(labelWidth - 8, y + 17, bar.Label, "end"));
            if (bar.Value is { } value)
            {
                var width = Math.Max(1, value / scale * barWidth);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{width:F1}\" height=\"{rowHeight - 8}\" fill=\"{Palette[0]}\"/>");
                svg.Append(Text(labelWidth + width + 6, y + 17, format(value), "start"));
            }
            else
            {
                svg.Append(Text(labelWidth + 6, y + 17, bar.Note ?? "–", "start", "#666"));
            }
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Vertical stacked bars with a legend. A stack's hidden part (its total minus the segments that may
    /// be shown) is drawn grey, so hidden counts are never sized one by one.
    /// </summary>
    /// <param name="hiddenTotal">Written above a stack whose total is hidden, e.g. "&lt;5".</param>
    public static string StackedBars(string title, IReadOnlyList<string> series, IReadOnlyList<Stack> stacks, string hiddenLabel, string hiddenTotal)
    {
        const int left = 40, plotHeight = 200, top = 30, barGap = 10;
        var width = 640;
        var barWidth = stacks.Count == 0 ? 0 : Math.Min(60, (width - left - 20) / stacks.Count - barGap);
        var scale = Math.Max(1, stacks.Select(s => s.Total ?? s.Segments.Sum(v => v ?? 0)).DefaultIfEmpty(0).Max());
        var legendTop = top + plotHeight + 40;
        var svg = Open(title, width, legendTop + 20 * ((series.Count + 2) / 3) + 10);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{width - 10}\" y2=\"{top + plotHeight}\" stroke=\"#444\"/>");
        for (var i = 0; i < stacks.Count; i++)
        {
            var stack = stacks[i];
            var x = left + 10 + i * (barWidth + barGap);
            double y = top + plotHeight;
            for (var s = 0; s < stack.Segments.Count; s++)
            {
                if (stack.Segments[s] is not { } value || value <= 0) continue;
                var h = value / scale * plotHeight;
                y -= h;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y:F1}\" width=\"{barWidth}\" height=\"{h:F1}\" fill=\"{Palette[s % Palette.Length]}\"/>");
            }
            var hidden = (stack.Total ?? 0) - stack.Segments.Sum(v => v ?? 0);
            if (hidden > 0)
            {
                var h = hidden / scale * plotHeight;
                y -= h;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y:F1}\" width=\"{barWidth}\" height=\"{h:F1}\" fill=\"{HiddenColour}\"/>");
            }
            svg.Append(Text(x + barWidth / 2.0, y - 4, stack.Total is { } total ? total.ToString("0", CultureInfo.InvariantCulture) : hiddenTotal, "middle", stack.Total is null ? "#666" : "#222"));
            svg.Append(Text(x + barWidth / 2.0, top + plotHeight + 16, stack.Label, "middle"));
        }
        var legend = series.Select((name, s) => (Name: name, Colour: Palette[s % Palette.Length])).Append((Name: hiddenLabel, Colour: HiddenColour)).ToList();
        for (var l = 0; l < legend.Count; l++)
        {
            var (lx, ly) = (left + l % 3 * 200, legendTop + l / 3 * 20);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx}\" y=\"{ly - 10}\" width=\"12\" height=\"12\" fill=\"{legend[l].Colour}\"/>");
            svg.Append(Text(lx + 18, ly, legend[l].Name, "start"));
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string title, int width, int height) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"100%\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>")
            .Append(Text(0, 16, title, "start", "#222", bold: true));

    private static string Text(double x, double y, string text, string anchor, string colour = "#222", bool bold = false) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<text x=\"{x:F1}\" y=\"{y:F1}\" text-anchor=\"{anchor}\" fill=\"{colour}\"{(bold ? " font-weight=\"bold\" font-size=\"14\"" : "")}>{Escape(text)}</text>");

    private static string Escape(string text) => SecurityElement.Escape(text);
}
