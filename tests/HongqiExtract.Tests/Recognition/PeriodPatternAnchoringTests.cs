using System.Text.RegularExpressions;
using HongqiExtract.Normalization;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Tests.Recognition;

/// <summary>
/// The year and relative-period patterns are tried only where a 年 says a match could start. Held here
/// to the matches the unanchored patterns give, over the corpus and over random strings of the
/// characters the patterns turn on (whitespace of several kinds among them).
/// </summary>
public class PeriodPatternAnchoringTests
{
    private static readonly Regex Year = new(PeriodRecognizer.YearPattern), Relative = new(PeriodRecognizer.RelativePattern);

    [Fact]
    public void Every_line_of_the_corpus_gives_the_unanchored_matches()
    {
        var files = Directory.GetFiles(SharedData.Path("corpus", "real"), "*.txt").Concat(Directory.GetFiles(SharedData.Path("corpus", "passages")));
        int years = 0, relatives = 0;
        foreach (var line in files.SelectMany(File.ReadLines))
            foreach (var text in new[] { line, CharNormalizer.Normalize(line) })
            {
                years += AssertSame(Year, PeriodRecognizer.YearMatches, text);
                relatives += AssertSame(Relative, PeriodRecognizer.RelativeMatches, text);
            }
        // The corpus is full of both: a check that found none would have compared nothing.
        Assert.True(years > 1000, $"{years} years");
        Assert.True(relatives > 100, $"{relatives} relative periods");
    }

    [Fact]
    public void Random_strings_give_the_unanchored_matches()
    {
        const string Alphabet = "0123456789012345.年年年代至到-今去上明前过的近最这未今后来间内里一二三四五六七八九十两〇零   \u3000\t\u00A0\u2028\u0085\u200B";
        var random = new Random(20261203);
        var chars = new char[32];
        int years = 0, relatives = 0;
        for (int n = 0; n < 30_000; n++)
        {
            int length = random.Next(chars.Length + 1);
            for (int i = 0; i < length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
            // Years written out often enough that matches are common.
            if (length >= 5 && random.Next(2) == 0) "2023年".CopyTo(chars.AsSpan(random.Next(length - 4)));
            var text = new string(chars, 0, length);
            years += AssertSame(Year, PeriodRecognizer.YearMatches, text);
            relatives += AssertSame(Relative, PeriodRecognizer.RelativeMatches, text);
        }
        Assert.True(years > 1000, $"{years} years");
        Assert.True(relatives > 1000, $"{relatives} relative periods");
    }

    [Theory]
    [InlineData("2023 \u3000年", "2023 \u3000年")]
    [InlineData("12023年，2024年", "2024年")]
    [InlineData("一二〇二三年", "二〇二三年")]
    [InlineData("2020年代", "")]
    public void Written_years_match_as_the_pattern_does(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', PeriodRecognizer.YearMatches(text).Select(m => m.Value)));

    [Theory]
    [InlineData("最近的十二年间", "最近的十二年间")]
    [InlineData("过去的一年，今年", "过去的一年|今年")]
    [InlineData("近3年来", "近3年来")]
    [InlineData("2023年来", "23年来")]
    public void Written_relative_periods_match_as_the_pattern_does(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', PeriodRecognizer.RelativeMatches(text).Select(m => m.Value)));

    private static int AssertSame(Regex pattern, Func<string, IEnumerable<Match>> anchored, string text)
    {
        var expected = pattern.Matches(text).Select(Describe).ToList();
        var actual = anchored(text).Select(Describe).ToList();
        Assert.True(expected.SequenceEqual(actual), $"in \"{text}\": expected {string.Join(", ", expected)}; got {string.Join(", ", actual)}");
        return expected.Count;
    }

    private static string Describe(Match m) => $"{m.Index}+{m.Length}:{string.Join('/', m.Groups.Cast<Group>().Select(g => g.Success ? g.Value : "-"))}";
}
