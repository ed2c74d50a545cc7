using HongqiExtract.Output;
using Xunit;

namespace HongqiExtract.Tests.Output;

/// <summary>The writers' trailing-zero stripping against the division by 1.0…0 it replaced, bit for bit.</summary>
public class PlainDecimalTests
{
    private static void SameAsDivision(decimal value)
    {
        var expected = decimal.GetBits(value / 1.0000000000000000000000000000m);
        var actual = decimal.GetBits(RecordWriters.Plain(value));
        Assert.True(expected.SequenceEqual(actual), $"{value}: [{string.Join(',', expected)}] against [{string.Join(',', actual)}]");
    }

    [Theory]
    [InlineData("377.90")]
    [InlineData("-1.500")]
    [InlineData("3779000.0")]
    [InlineData("0.00")]
    [InlineData("-0.0")]
    [InlineData("0")]
    [InlineData("15")]
    [InlineData("100")]
    [InlineData("0.0000000000000000000000000010")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("7922816251426433759354395033.50")]
    [InlineData("18446744073709551616.000")]
    [InlineData("1844674407370955161.60")]
    public void Written_values_strip_as_the_division_does(string text) =>
        SameAsDivision(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Random_values_of_every_scale_strip_as_the_division_does()
    {
        var random = new Random(5);
        for (int i = 0; i < 20_000; i++)
        {
            // Mantissas of every width, often ending in zeros, at every scale and sign.
            int low = random.Next(4) == 0 ? random.Next(1, 10) * (int)Math.Pow(10, random.Next(0, 9)) : random.Next();
            int mid = random.Next(3) == 0 ? 0 : random.Next();
            int high = random.Next(3) == 0 ? 0 : random.Next();
            SameAsDivision(new decimal(low, mid, high, random.Next(2) == 0, (byte)random.Next(0, 29)));
        }
    }
}
