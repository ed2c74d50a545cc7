using HongqiExtract.Recognition.Numbers;
using Xunit;

namespace HongqiExtract.Tests.Recognition;

/// <summary>
/// The positional parse builds a decimal from an integer mantissa; these hold it to adding each digit
/// as a decimal (the way it was read before), value and decimal places both, bit for bit.
/// </summary>
public class NumberParserTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("007")]
    [InlineData("1.50")]
    [InlineData("0.000")]
    [InlineData("1,100.9")]
    [InlineData("二〇三五")]
    [InlineData("三点五")]
    [InlineData("9999999999999999999999999999")]
    [InlineData("1.234567890123456789012345678")]
    [InlineData("12345678901234567890.12345678")]
    public void DigitRunsReadAsAddingEachDigitDid(string numeral) => AssertSameAsReference(numeral);

    [Fact]
    public void RandomDigitRunsReadAsAddingEachDigitDid()
    {
        var random = new Random(20261202);
        const string digits = "0123456789零〇一二三四五六七八九";
        for (int n = 0; n < 20_000; n++)
        {
            int length = random.Next(1, 29);
            var chars = new char[length];
            bool arabic = random.Next(2) == 0;
            for (int k = 0; k < length; k++) chars[k] = arabic ? digits[random.Next(10)] : digits[10 + random.Next(11)];
            string run = new(chars);
            if (length > 1 && random.Next(2) == 0)
            {
                int point = random.Next(1, length);
                run = run[..point] + (arabic ? "." : "点") + run[point..];
            }
            AssertSameAsReference(run);
        }
    }

    [Fact]
    public void WhiteSpaceIsCharIsWhiteSpaceForEveryCharacter()
    {
        for (int c = 0; c <= char.MaxValue; c++) Assert.True(char.IsWhiteSpace((char)c) == NumberParser.IsWhiteSpace((char)c), $"U+{c:X4}");
        Assert.Equal("三千", NumberParser.TrimWhiteSpace("\u3000 三千\u00A0\t").ToString());
    }

    [Fact]
    public void TwentyNineDigitsAreOutOfRange()
    {
        var parse = NumberParser.Parse(new string('9', 29));
        Assert.False(parse.Success);
        Assert.True(parse.OutOfRange);
    }

    private static void AssertSameAsReference(string numeral)
    {
        var parse = NumberParser.Parse(numeral);
        Assert.True(parse.Success, $"{numeral}: {parse.Diagnostic}");
        decimal expected = ReferenceValue(numeral);
        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(parse.Value));
    }

    /// <summary>Each digit added as a decimal: ten times what was read, or the digit times the place after the point.</summary>
    private static decimal ReferenceValue(string numeral)
    {
        decimal value = 0, place = 0.1m;
        bool inFraction = false;
        foreach (char c in numeral)
        {
            if (c is '.' or '点') { inFraction = true; continue; }
            if (c is ',' or '，') continue;
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                '〇' => 0,
                _ => "零一二三四五六七八九".IndexOf(c),
            };
            if (inFraction) { value += digit * place; place /= 10; }
            else value = value * 10 + digit;
        }
        return value;
    }
}
