using System.Globalization;
using PartnerCrm.Application.Statistics;
using PartnerCrm.Application.Statistics.ConversionStatistics;
using PartnerCrm.Application.Statistics.Files;
using PartnerCrm.Application.Statistics.PlacementStatistics;
using PartnerCrm.Application.Statistics.ReferralStatistics;
using PartnerCrm.Application.Statistics.RetentionStatistics;
using PartnerCrm.Application.Statistics.Texts;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Placements;

namespace PartnerCrm.Application.Tests;

public sealed class StatisticsLabelsTests
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static TheoryData<string> Columns()
    {
        var data = new TheoryData<string>();
        foreach (var column in Dimensions.All.Concat(["industryName", "companyName"])
                     .Concat(PlacementStatisticsQueryHandler.Measures).Concat(RetentionStatisticsQueryHandler.Measures)
                     .Concat(ConversionStatisticsQueryHandler.Measures).Concat(ReferralStatisticsQueryHandler.Measures)
                     .Concat(RetentionStatisticsQueryHandler.Rates.Concat(ConversionStatisticsQueryHandler.Rates).Concat(ReferralStatisticsQueryHandler.Rates).Select(r => r.Name)))
            data.Add(column);
        return data;
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void Every_column_has_a_Danish_and_a_different_English_title_unless_the_word_is_the_same(string column)
    {
        var danish = StatisticsLabels.Column(column, Danish);
        var english = StatisticsLabels.Column(column, English);
        Assert.NotEqual(column, danish);
        Assert.NotEqual(column, english);
        Assert.NotEqual(danish, english);
    }

    [Fact]
    public void Every_value_of_a_translated_dimension_has_words_in_both_languages()
    {
        var values = Enum.GetValues<PlacementType>().Select(v => (Dimensions.Type, EnumNaming.NameOf(v)))
            .Concat(Enum.GetValues<Gender>().Select(v => (Dimensions.Gender, EnumNaming.NameOf(v))))
            .Concat(Enum.GetValues<ResidenceBasis>().Select(v => (Dimensions.ResidenceBasis, EnumNaming.NameOf(v))))
            .Concat(Enum.GetValues<DanishTrack>().Select(v => (Dimensions.DanishTrack, EnumNaming.NameOf(v))))
            .Concat(AgeBands.All.Select(v => (Dimensions.AgeBand, v)));
        foreach (var (dimension, value) in values)
        {
            Assert.NotEqual(value, StatisticsLabels.Value(dimension, value, null, Danish));
            Assert.NotEqual(value, StatisticsLabels.Value(dimension, value, null, English));
        }
    }

    [Fact]
    public void Quarters_months_industries_and_countries_read_as_words()
    {
        Assert.Equal("1. kvartal 2026", StatisticsLabels.Value(Dimensions.Quarter, "2026-Q1", null, Danish));
        Assert.Equal("Q1 2026", StatisticsLabels.Value(Dimensions.Quarter, "2026-Q1", null, English));
        Assert.Equal("marts 2026", StatisticsLabels.Value(Dimensions.Month, "2026-03", null, Danish));
        Assert.Equal("March 2026", StatisticsLabels.Value(Dimensions.Month, "2026-03", null, English));
        Assert.Equal("Serviceydelser i forbindelse med ejendomme samt landskabspleje", StatisticsLabels.Value("industryName", "Services to buildings and landscape activities", "81", Danish));
        Assert.Equal("Services to buildings and landscape activities", StatisticsLabels.Value("industryName", "x", "81", English));
        Assert.Equal("Syrien", StatisticsLabels.Value(Dimensions.CountryOfOrigin, "SY", null, Danish));
        Assert.Equal("Syria", StatisticsLabels.Value(Dimensions.CountryOfOrigin, "SY", null, English));
    }

    [Fact]
    public void A_margin_line_says_total_in_the_column_it_sums_over()
    {
        var line = new TableLine(TableLineKind.Margin, ["igu", null], [3L]);
        Assert.Equal(["IGU", "I alt"], StatisticsLabels.Group(["type", "quarter"], line, Danish));
        Assert.Equal(["IGU", "Total"], StatisticsLabels.Group(["type", "quarter"], line, English));
    }

    [Fact]
    public void Every_industry_division_has_a_Danish_DB07_title_and_an_English_NACE_title()
    {
        var divisions = Enumerable.Range(1, 99).Select(d => d.ToString("00", CultureInfo.InvariantCulture)).Where(d => Industries.NameOf(d) is not null).ToList();
        Assert.Equal(88, divisions.Count);
        Assert.All(divisions, d => Assert.NotEqual(Industries.NameOf(d, Danish), Industries.NameOf(d, English)));
        Assert.Equal("Fremstilling af fødevarer", Industries.NameOf("10", Danish));
    }
}
