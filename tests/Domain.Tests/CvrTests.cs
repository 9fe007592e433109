using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Domain.Tests;

public class CvrTests
{
    [Theory]
    [InlineData("13585628")]
    [InlineData("62761113")]
    [InlineData("17150413")]
    [InlineData("29189706")]
    [InlineData("19319970")]
    public void Accepts_numbers_that_pass_the_modulus_11_check(string number)
    {
        Assert.True(Cvr.IsValid(number));
        Assert.Equal(number, Cvr.Parse(number).Value);
    }

    [Theory]
    [InlineData("13585627")] // check digit off by one
    [InlineData("01234567")] // leading zero
    [InlineData("1358562")] // seven digits
    [InlineData("135856280")] // nine digits
    [InlineData("1358562a")]
    [InlineData("1358 628")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_anything_else(string? number)
    {
        Assert.False(Cvr.IsValid(number));
        Assert.Throws<FormatException>(() => Cvr.Parse(number!));
    }

    [Fact]
    public void A_leading_zero_is_refused_even_when_the_weighted_sum_is_divisible_by_11()
    {
        var zeroLed = Enumerable.Range(1, 9_999_999)
            .Select(n => n.ToString("D8"))
            .First(candidate => candidate[0] == '0' && WeightedSum(candidate) % 11 == 0);
        Assert.False(Cvr.IsValid(zeroLed));
    }

    [Fact]
    public void Two_cvr_numbers_with_the_same_digits_are_equal()
    {
        Assert.Equal(Cvr.Parse("13585628"), Cvr.Parse("13585628"));
        Assert.NotEqual(Cvr.Parse("13585628"), Cvr.Parse("62761113"));
    }

    private static int WeightedSum(string digits)
    {
        int[] weights = [2, 7, 6, 5, 4, 3, 2, 1];
        return digits.Select((c, i) => (c - '0') * weights[i]).Sum();
    }
}
