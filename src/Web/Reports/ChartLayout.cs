using System.Globalization;

namespace PartnerCrm.Web.Reports;

/// <summary>One bar of a horizontal bar chart: a label and a value (null when it may not be shown, with <see cref="Note"/> instead).</summary>
public sealed record Bar(string Label, double? Value, string? Note = null);

/// <summary>A category of a stacked bar chart with its segments, in the order of the legend (null: hidden), and its total (null: hidden).</summary>
public sealed record Stack(string Label, IReadOnlyList<double?> Segments, double? Total);

/// <summary>A text of a chart: <see cref="Lines"/> one below the other, the first with its baseline at <see cref="Y"/>.</summary>
public sealed record ChartText(double X, double Y, IReadOnlyList<string> Lines, string Anchor, double FontSize, bool Bold = false, string Colour = "#222");

public sealed record ChartRect(double X, double Y, double Width, double Height, string Fill);

public sealed record ChartLine(double X1, double Y1, double X2, double Y2);

/// <summary>A chart laid out in its own coordinates (the SVG's viewBox is 0 0 Width Height): nothing lies outside.</summary>
public sealed record Chart(string Title, double Width, double Height, IReadOnlyList<ChartText> Texts, IReadOnlyList<ChartRect> Rects, IReadOnlyList<ChartLine> Lines);

/// <summary>
/// Lays out the report's charts so that no label is ever clipped: every text is measured (generously, for
/// Helvetica/Arial or a wider fallback), long labels are wrapped onto several lines, and the label column or the
/// chart grows when a single word needs it. Hidden figures are never drawn as a size: they are marked instead.
/// </summary>
public static class ChartLayout
{
    public static readonly string[] Palette = ["#1f5f8b", "#c25e1c", "#2e7d57", "#a63d63", "#6a5aa3", "#6f6f6f"];
    public const string HiddenColour = "#d9d9d9";
    public const double FontSize = 12, TitleSize = 14, LineHeight = 15;
    private const double MinWidth = 640;

    /// <summary>
    /// The width of a text at a font size, on the generous side: per-character widths a little above those of
    /// Helvetica/Arial (and close to DejaVu Sans, which browsers fall back to), bold 10 % wider.
    /// </summary>
    public static double Width(string text, double fontSize, bool bold = false)
    {
        double em = 0;
        foreach (var c in text)
            em += c switch
            {
                ' ' => 0.33,
                'i' or 'j' or 'l' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'I' => 0.3,
                'f' or 't' or 'r' or '(' or ')' or '-' or '‑' => 0.42,
                'm' or 'w' or 'M' or 'W' or '%' or '@' => 0.98,
                '–' or '—' => 0.75,
                _ when char.IsDigit(c) => 0.64,
                _ when char.IsUpper(c) => 0.78,
                _ => 0.64,
            };
        return em * fontSize * (bold ? 1.1 : 1);
    }

    /// <summary>The text in lines no wider than <paramref name="maxWidth"/>, broken between words; a word wider than that stays whole.</summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize, bool bold = false)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(candidate, fontSize, bold) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }

    /// <summary>The widest word of the texts: no column may be narrower.</summary>
    private static double WidestWord(IEnumerable<string> texts, double fontSize) =>
        texts.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => Width(w, fontSize)).DefaultIfEmpty(0).Max();

    /// <summary>The narrowest width in which the text takes at most two lines (broken at the best space).</summary>
    private static double TwoLines(string text, double fontSize)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var best = Width(string.Join(' ', words), fontSize);
        for (var i = 1; i < words.Length; i++)
            best = Math.Min(best, Math.Max(Width(string.Join(' ', words[..i]), fontSize), Width(string.Join(' ', words[i..]), fontSize)));
        return best;
    }

    private static (List<ChartText> Texts, double Bottom) Title(string title, double width)
    {
        var lines = Wrap(title, width - 4, TitleSize, bold: true);
        return ([new ChartText(0, 16, lines, "start", TitleSize, Bold: true)], 16 + (lines.Count - 1) * 18 + 12);
    }

    /// <summary>Horizontal bars, one per row, each label wrapped in the label column and the value written after its bar.</summary>
    public static Chart HorizontalBars(string title, IReadOnlyList<Bar> bars, Func<double, string> format, double? max = null)
    {
        const double gap = 8, barHeight = 18, rowPadding = 8;
        var width = MinWidth;
        var values = bars.Select(b => b.Value is { } v ? format(v) : b.Note ?? "–").ToList();
        var valueWidth = values.Select(v => Width(v, FontSize)).DefaultIfEmpty(0).Max() + gap;
        // The label column: as wide as the widest label up to 40 % of the chart, never narrower than its widest word.
        var labelWidth = Math.Max(WidestWord(bars.Select(b => b.Label), FontSize), Math.Min(width * 0.4, bars.Select(b => Width(b.Label, FontSize)).DefaultIfEmpty(0).Max()));
        width = Math.Max(width, labelWidth + gap + 120 + valueWidth);
        var barLeft = labelWidth + gap;
        var barSpace = width - barLeft - valueWidth;
        var scale = max ?? Math.Max(1, bars.Select(b => b.Value ?? 0).DefaultIfEmpty(0).Max());

        var (texts, top) = Title(title, width);
        var rects = new List<ChartRect>();
        var y = top;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var label = Wrap(bar.Label, labelWidth, FontSize);
            var rowHeight = Math.Max(barHeight + rowPadding, label.Count * LineHeight + rowPadding);
            var middle = y + rowHeight / 2;
            texts.Add(new ChartText(labelWidth, middle - (label.Count - 1) * LineHeight / 2 + FontSize * 0.35, label, "end", FontSize));
            if (bar.Value is { } value)
            {
                var length = Math.Max(1, Math.Min(1, value / scale) * barSpace);
                rects.Add(new ChartRect(barLeft, middle - barHeight / 2, length, barHeight, Palette[0]));
                texts.Add(new ChartText(barLeft + length + 6, middle + FontSize * 0.35, [values[i]], "start", FontSize));
            }
            else
            {
                texts.Add(new ChartText(barLeft + 6, middle + FontSize * 0.35, [values[i]], "start", FontSize, Colour: "#595959"));
            }
            y += rowHeight;
        }
        return new Chart(title, width, y + 6, texts, rects, []);
    }

    /// <summary>
    /// Vertical stacked bars with a legend. A stack's hidden part (its total minus the segments that may be
    /// shown) is drawn grey, so hidden counts are never sized one by one. Category labels wrap under their bar;
    /// the chart widens when the categories need more room than 640 units.
    /// </summary>
    public static Chart StackedBars(string title, IReadOnlyList<string> series, IReadOnlyList<Stack> stacks, string hiddenLabel, string hiddenTotal)
    {
        const double left = 10, plotHeight = 200, gap = 12;
        var slot = Math.Max(Math.Max(stacks.Select(s => TwoLines(s.Label, FontSize)).DefaultIfEmpty(0).Max(), Width(hiddenTotal, FontSize)) + gap, 40);
        var width = Math.Max(MinWidth, left * 2 + slot * stacks.Count);
        slot = stacks.Count == 0 ? slot : Math.Max(slot, Math.Min(120, (width - left * 2) / stacks.Count));
        var barWidth = Math.Min(60, slot - gap);
        var scale = Math.Max(1, stacks.Select(s => s.Total ?? s.Segments.Sum(v => v ?? 0)).DefaultIfEmpty(0).Max());

        var (texts, titleBottom) = Title(title, width);
        var top = titleBottom + 16; // room for the total above the highest bar
        var baseline = top + plotHeight;
        var rects = new List<ChartRect>();
        var labelLines = 1;
        for (var i = 0; i < stacks.Count; i++)
        {
            var stack = stacks[i];
            var x = left + i * slot + (slot - barWidth) / 2;
            var y = baseline;
            for (var s = 0; s < stack.Segments.Count; s++)
            {
                if (stack.Segments[s] is not { } value || value <= 0) continue;
                var h = value / scale * plotHeight;
                y -= h;
                rects.Add(new ChartRect(x, y, barWidth, h, Palette[s % Palette.Length]));
            }
            var hidden = (stack.Total ?? 0) - stack.Segments.Sum(v => v ?? 0);
            if (hidden > 0)
            {
                var h = hidden / scale * plotHeight;
                y -= h;
                rects.Add(new ChartRect(x, y, barWidth, h, HiddenColour));
            }
            var centre = x + barWidth / 2;
            texts.Add(new ChartText(centre, y - 4, [stack.Total is { } total ? total.ToString("0", CultureInfo.InvariantCulture) : hiddenTotal], "middle", FontSize,
                Colour: stack.Total is null ? "#595959" : "#222"));
            var label = Wrap(stack.Label, slot - gap / 2, FontSize);
            labelLines = Math.Max(labelLines, label.Count);
            texts.Add(new ChartText(centre, baseline + 16, label, "middle", FontSize));
        }

        // The legend: as many columns as fit, each entry wrapped in its column.
        var legend = series.Select((name, s) => (Name: name, Colour: Palette[s % Palette.Length])).Append((Name: hiddenLabel, Colour: HiddenColour)).ToList();
        const double swatch = 12, columnWidth = 200;
        var columns = Math.Max(1, (int)((width - left) / columnWidth));
        var legendTop = baseline + 16 + (labelLines - 1) * LineHeight + 24;
        var rowTop = legendTop;
        for (var row = 0; row * columns < legend.Count; row++)
        {
            var rowLines = 1;
            for (var c = 0; c < columns && row * columns + c < legend.Count; c++)
            {
                var (name, colour) = legend[row * columns + c];
                var lx = left + c * columnWidth;
                var lines = Wrap(name, columnWidth - swatch - 16, FontSize);
                rowLines = Math.Max(rowLines, lines.Count);
                rects.Add(new ChartRect(lx, rowTop - 10, swatch, swatch, colour));
                texts.Add(new ChartText(lx + swatch + 6, rowTop, lines, "start", FontSize));
            }
            rowTop += rowLines * LineHeight + 6;
        }
        return new Chart(title, width, rowTop, texts, rects, [new ChartLine(left, baseline, width - left, baseline)]);
    }

    /// <summary>The box a text takes, by the same measure: left, top, right, bottom.</summary>
    public static (double Left, double Top, double Right, double Bottom) Box(ChartText text)
    {
        var width = text.Lines.Select(l => Width(l, text.FontSize, text.Bold)).DefaultIfEmpty(0).Max();
        var left = text.Anchor switch { "end" => text.X - width, "middle" => text.X - width / 2, _ => text.X };
        var lineHeight = text.Bold ? 18 : LineHeight;
        return (left, text.Y - text.FontSize, left + width, text.Y + (text.Lines.Count - 1) * lineHeight + text.FontSize * 0.3);
    }
}
