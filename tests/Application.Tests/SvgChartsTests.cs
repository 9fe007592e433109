using System.Xml.Linq;
using PartnerCrm.Application.Reports;

namespace PartnerCrm.Application.Tests;

public class SvgChartsTests
{
    [Fact]
    public void Horizontal_bars_are_well_formed_svg_with_one_bar_per_shown_value()
    {
        var svg = SvgCharts.HorizontalBars("Retention <6m> & more", [new Bar("IGU", 0.8), new Bar("Løntilskud", null, "–"), new Bar("Praktik", 0.4)], v => $"{v:P0}", max: 1);
        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(2, document.Descendants(ns + "rect").Count());
        Assert.Contains(document.Descendants(ns + "text"), t => t.Value == "Løntilskud");
        Assert.Equal("Retention <6m> & more", document.Root!.Element(ns + "title")!.Value);
        var widths = document.Descendants(ns + "rect").Select(r => double.Parse(r.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2.0, widths[0] / widths[1], 3);
    }

    [Fact]
    public void Stacked_bars_draw_hidden_parts_as_one_grey_block_and_never_size_a_hidden_count()
    {
        var svg = SvgCharts.StackedBars("Per quarter", ["IGU", "Praktik"], [new Stack("2026-Q1", [7, null], 10), new Stack("2026-Q2", [6, 8], 14), new Stack("2026-Q3", [null, null], null)], "hidden", "<5");
        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var rects = document.Descendants(ns + "rect").Select(r => r.Attribute("fill")!.Value).ToList();
        Assert.Contains("#d9d9d9", rects);
        Assert.Equal(1 + 1 + 2 + 3, rects.Count); // Q1: IGU + grey, Q2: two segments, legend: two series + hidden
        Assert.Contains(document.Descendants(ns + "text"), t => t.Value == "14");
        Assert.Contains(document.Descendants(ns + "text"), t => t.Value == "<5");
    }

    [Fact]
    public void Empty_charts_are_drawn_without_bars()
    {
        Assert.NotNull(XDocument.Parse(SvgCharts.HorizontalBars("Nothing yet", [], v => v.ToString())));
        Assert.NotNull(XDocument.Parse(SvgCharts.StackedBars("Nothing yet", [], [], "hidden", "<5")));
    }
}
