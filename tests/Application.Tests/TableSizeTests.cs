using PartnerCrm.Application.Statistics;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Application.Tests;

public class TableSizeTests
{
    private static readonly TableBounds TenYearsOfTwentyThousandCompanies = new(20_000, new DateOnly(2016, 1, 4));

    [Theory]
    [InlineData("company,quarter", 20_000 * 44)]
    [InlineData("company,year", 20_000 * 11)]
    [InlineData("company", 20_000)]
    [InlineData("industry,month", 89 * 131)]
    [InlineData("halfYear,type", 22 * 5)]
    [InlineData("", 1)]
    public void A_table_could_have_the_product_of_what_bounds_each_grouping(string groupBy, long cells) =>
        Assert.Equal(cells, TableSize.MostCells(new DateOnly(1900, 1, 1), new DateOnly(2026, 11, 30), Dimensions.Parse(groupBy), TenYearsOfTwentyThousandCompanies));

    [Fact]
    public void The_period_starts_at_from_when_that_is_after_the_first_placement() =>
        Assert.Equal(20_000 * 4, TableSize.MostCells(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), ["company", "quarter"], TenYearsOfTwentyThousandCompanies));

    [Fact]
    public void No_placement_in_the_period_means_no_cell() =>
        Assert.Equal(0, TableSize.MostCells(new DateOnly(2000, 1, 1), new DateOnly(2000, 12, 31), ["type"], new TableBounds(3, new DateOnly(2010, 1, 1))));

    [Fact]
    public void No_placement_at_all_means_no_cell_whatever_the_period() =>
        Assert.Equal(0, TableSize.MostCells(DateOnly.MinValue, new DateOnly(2026, 12, 31), ["company", "month"], new TableBounds(20_000, null)));

    [Fact]
    public void Over_the_limit_is_refused_with_its_code()
    {
        var refused = Assert.Throws<DomainRuleException>(() => TableSize.Ensure(
            new DateOnly(1900, 1, 1), new DateOnly(2026, 11, 30), ["company", "quarter"], TenYearsOfTwentyThousandCompanies, TableSize.DefaultMaxCells));
        Assert.Equal("tableTooLarge", refused.Code);
        TableSize.Ensure(new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30), ["company", "year"], TenYearsOfTwentyThousandCompanies, TableSize.DefaultMaxCells);
    }
}
