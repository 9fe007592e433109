using System.Globalization;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Web.Reports;

namespace PartnerCrm.Web.Tests.Reports;

/// <summary>The report's charts never clip a label: by the layout's own (generous) measure, every text lies inside the chart's viewBox.</summary>
public class ChartLayoutTests
{
    private static IReadOnlyList<string> IndustryTitles(string culture) =>
        Enumerable.Range(1, 99).Select(n => Industries.NameOf(n.ToString("00", CultureInfo.InvariantCulture), CultureInfo.GetCultureInfo(culture)))
            .OfType<string>().OrderByDescending(t => t.Length).ToList();

    private static void EveryTextInside(Chart chart)
    {
        Assert.NotEmpty(chart.Texts);
        foreach (var text in chart.Texts)
        {
            var (left, top, right, bottom) = ChartLayout.Box(text);
            Assert.True(left >= 0 && top >= 0 && right <= chart.Width && bottom <= chart.Height,
                $"'{string.Join(" / ", text.Lines)}' takes {left:F0}–{right:F0} × {top:F0}–{bottom:F0} in a chart of {chart.Width:F0} × {chart.Height:F0}");
        }
    }

    [Theory]
    [InlineData("da-DK")]
    [InlineData("en-GB")]
    public void The_longest_industry_titles_wrap_inside_the_chart(string culture)
    {
        var titles = IndustryTitles(culture);
        var longest = titles[0];
        Assert.True(longest.Length > 60, longest);
        var chart = ChartLayout.HorizontalBars("Brancher med flest forløb", titles.Take(8).Select((t, i) => new Bar(t, i == 3 ? null : 12 - i, "<5")).ToList(), v => v.ToString("N0", CultureInfo.InvariantCulture));

        EveryTextInside(chart);
        var label = chart.Texts.Single(t => string.Join(" ", t.Lines) == longest);
        Assert.True(label.Lines.Count > 1, "the longest title is wrapped");
        Assert.Equal(longest, string.Join(" ", label.Lines));
        // The figures stay readable: the labels take at most 40 % of the chart, the bars the rest.
        Assert.True(chart.Rects.Max(r => r.X + r.Width) <= chart.Width);
    }

    [Fact]
    public void Every_industry_title_in_both_languages_fits_as_a_bar_label()
    {
        foreach (var culture in new[] { "da-DK", "en-GB" })
            EveryTextInside(ChartLayout.HorizontalBars("Titler", IndustryTitles(culture).Select(t => new Bar(t, 1)).ToList(), v => $"{v:P0}", max: 1));
    }

    [Fact]
    public void Many_periods_widen_the_stacked_chart_and_their_labels_wrap_under_each_bar()
    {
        var quarters = Enumerable.Range(0, 20).Select(i => new Stack($"{i % 4 + 1}. kvartal {2022 + i / 4}", [i % 3 == 0 ? null : 6, 5], i % 3 == 0 ? null : 11)).ToList();
        var chart = ChartLayout.StackedBars("Forløb pr. kvartal og ordning", ["Virksomhedspraktik", "Lærlinge- og elevplads", "Ordinær ansættelse", "Løntilskud"], quarters, "skjult", "<5");

        EveryTextInside(chart);
        Assert.True(chart.Width > 640, "twenty quarters need more than the usual width");
        Assert.Contains(chart.Texts, t => t.Lines.SequenceEqual(["1. kvartal", "2022"]));
    }

    [Fact]
    public void A_long_title_wraps_and_an_empty_chart_is_still_a_chart()
    {
        var title = "Fastholdelse efter 6 måneder pr. ordning, for alle forløb i perioden, opdelt efter ordning og udfald, som udvalget har bedt om";
        EveryTextInside(ChartLayout.HorizontalBars(title, [], v => v.ToString(CultureInfo.InvariantCulture)));
        EveryTextInside(ChartLayout.StackedBars(title, [], [], "skjult", "<5"));
    }

    [Theory]
    [InlineData("Manufacture of food products", 100, new[] { "Manufacture of", "food products" })]
    [InlineData("Rejsebureauers", 10, new[] { "Rejsebureauers" })]
    [InlineData("", 100, new[] { "" })]
    public void Labels_wrap_between_words_and_a_word_is_never_split(string text, double width, string[] lines) =>
        Assert.Equal(lines, ChartLayout.Wrap(text, width, ChartLayout.FontSize));
}
