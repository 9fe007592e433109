using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Domain.Tests;

public class ValueObjectTests
{
    [Theory]
    [InlineData("2820", true)] // Gentofte
    [InlineData("2900", true)] // Hellerup
    [InlineData("1050", true)] // København K
    [InlineData("0555", true)] // Scanning (reply mail)
    [InlineData("9990", true)] // Skagen
    [InlineData("0554", false)]
    [InlineData("9991", false)]
    [InlineData("282", false)]
    [InlineData("28200", false)]
    [InlineData("28a0", false)]
    [InlineData(null, false)]
    public void Danish_postal_codes_are_four_digits_in_use(string? code, bool valid) =>
        Assert.Equal(valid, PostalCode.IsValid(code));

    [Theory]
    [InlineData("471100", true)]
    [InlineData("862100", true)]
    [InlineData("47110", false)]
    [InlineData("4711000", false)]
    [InlineData("000000", false)]
    [InlineData("47a100", false)]
    public void Industry_codes_are_six_digits(string code, bool valid) =>
        Assert.Equal(valid, IndustryCode.IsValid(code));

    [Fact]
    public void The_nace_division_is_the_first_two_digits_of_the_industry_code() =>
        Assert.Equal("47", IndustryCode.Parse("471100").NaceDivision);
}
