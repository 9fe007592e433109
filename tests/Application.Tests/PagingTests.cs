using PartnerCrm.Application.Companies.ListCompanies;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Tests;

public class PagingTests
{
    private static IEnumerable<string> Errors(ListCompaniesQuery query) =>
        new ListCompaniesQueryValidator().Validate(query).Errors.Select(e => e.PropertyName);

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    [InlineData(200)]
    [InlineData(null)]
    public void Limits_from_1_to_200_are_accepted(int? limit) => Assert.Empty(Errors(new ListCompaniesQuery(null, null, null, limit, null)));

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    [InlineData(-5)]
    public void Other_limits_are_refused(int limit) => Assert.Equal(["Limit"], Errors(new ListCompaniesQuery(null, null, null, limit, null)));

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("bm90IGEgY3Vyc29y")] // "not a cursor"
    [InlineData("WzEsMl0")] // "[1,2]"
    public void A_cursor_this_api_did_not_hand_out_is_refused(string cursor) =>
        Assert.Equal(["Cursor"], Errors(new ListCompaniesQuery(null, null, null, null, cursor)));

    [Fact]
    public void The_default_page_size_is_50() =>
        Assert.Equal(50, new ListCompaniesQuery(null, null, null, null, null).PageSize());
}
