using HongqiExtract.Lexicons;
using HongqiExtract.Recognition.Numbers;
using Xunit;

namespace HongqiExtract.Tests.Lexicons;

/// <summary>The table search finds what a plain loop over the characters finds, wherever in the four-character step it stands.</summary>
public class CharTableTests
{
    private static readonly CharTable Numerals = NumeralChars.NumeralsAnd("数翻");

    private static int Reference(string text)
    {
        for (int i = 0; i < text.Length; i++)
            if (NumeralChars.IsNumeral(text[i]) || text[i] is '数' or '翻') return i;
        return -1;
    }

    [Theory]
    [InlineData("", -1)]
    [InlineData("经济", -1)]
    [InlineData("5", 0)]
    [InlineData("增长", -1)]
    [InlineData("经济增长了百", 5)]
    [InlineData("经济增长数", 4)]
    [InlineData("全国各地人民翻", 6)]
    [InlineData("abcdefgh九", 8)]
    public void FindsTheFirstMember(string text, int expected) => Assert.Equal(expected, Numerals.IndexIn(text));

    [Fact]
    public void AgreesWithALoopOnRandomText()
    {
        var random = new Random(7);
        const string alphabet = "经济增长发展改革人民国家的了和是在年月%亿元万点0123456789一二三四五六七八九十百千零两数翻";
        for (int n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 24)];
            for (int k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(random.Next(2) == 0 ? 24 : alphabet.Length)];
            string text = new(chars);
            Assert.Equal(Reference(text), Numerals.IndexIn(text));
        }
    }

    [Fact]
    public void NumeralsAndMarksExactlyTheNumeralsAndTheOthers()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            bool member = NumeralChars.IsNumeral((char)c) || c is '数' or '翻';
            Assert.True(member == (Numerals.IndexIn([(char)c]) == 0), $"U+{c:X4}");
        }
    }

    [Fact]
    public void ATableOfMembersMarksThoseAndNoOthers()
    {
        const string members = "“（。!\u0000\uFFFF\uD800";
        var table = new CharTable(members);
        var byPredicate = new CharTable(c => members.Contains(c, StringComparison.Ordinal));
        for (int c = 0; c <= char.MaxValue; c++)
        {
            bool member = members.Contains((char)c, StringComparison.Ordinal);
            Assert.True(member == (table.IndexIn([(char)c]) == 0), $"U+{c:X4}");
            Assert.Equal(byPredicate.IndexIn([(char)c]), table.IndexIn([(char)c]));
        }
    }
}
