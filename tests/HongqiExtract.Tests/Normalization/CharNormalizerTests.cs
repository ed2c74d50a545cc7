using HongqiExtract.Normalization;

namespace HongqiExtract.Tests.Normalization;

/// <summary>Normalization maps full-width forms to ASCII one character for one, and leaves what carries structure.</summary>
public class CharNormalizerTests
{
    [Theory]
    [InlineData("全年ＧＤＰ增长５．６％", "全年GDP增长5.6%")]
    [InlineData("１，２３４．５亿元", "1，234.5亿元")]
    [InlineData("ｐｍ２．５浓度下降﹪３", "pm2.5浓度下降%3")]
    [InlineData("３～５个，－２\u00A0度", "3~5个，-2 度")]
    [InlineData("。，、：；“”（）《》", "。，、：；“”（）《》")]
    public void Full_width_digits_letters_and_number_marks_become_ascii_and_punctuation_stays(string input, string expected) =>
        Assert.Equal(expected, CharNormalizer.Normalize(input));

    [Fact]
    public void Every_character_keeps_its_offset()
    {
        var all = string.Concat(Enumerable.Range(0x20, 0xFFEF - 0x20).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => (char)c));
        var normalized = CharNormalizer.Normalize(all);
        Assert.Equal(all.Length, normalized.Length);
        for (int i = 0; i < all.Length; i++)
            if (normalized[i] != all[i]) Assert.True(all[i] >= 0xA0, $"U+{(int)all[i]:X4} changed: ASCII must stay as it is");
    }

    [Fact]
    public void Ideographs_are_never_changed()
    {
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) Assert.Equal(c, CharNormalizer.Normalize(c));
    }

    [Fact]
    public void A_string_is_normalized_as_its_characters_are_and_returned_as_is_when_nothing_changes()
    {
        // Every character at every position class: first, last, runs of changed ones, lone ones between long unchanged stretches.
        var all = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !char.IsSurrogate(c)).ToArray();
        var random = new Random(7);
        for (int round = 0; round < 20; round++)
        {
            const string Report = "全年增长１２％，ＧＤＰ达到五万亿元 ";
            var text = new string(Enumerable.Range(0, 3000).Select(_ => random.Next(4) == 0 ? all[random.Next(all.Length)] : Report[random.Next(Report.Length)]).ToArray());
            Assert.Equal(new string(text.Select(CharNormalizer.Normalize).ToArray()), CharNormalizer.Normalize(text));
        }
        Assert.Equal("2025", CharNormalizer.Normalize("２０２５"));
        const string plain = "全年增长12%，达到五万亿元。";
        Assert.Same(plain, CharNormalizer.Normalize(plain));
    }
}

