using System.Text;
using HongqiExtract.Reading;

namespace HongqiExtract.Tests.Reading;

public class DoubleByteGuessTests
{
    static DoubleByteGuessTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> RealReports()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SharedData.Real(""), "*.txt").Order(StringComparer.Ordinal)) data.Add(System.IO.Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(RealReports))]
    public void A_real_report_is_told_apart_in_either_encoding(string name)
    {
        var text = File.ReadAllText(SharedData.Real(name));
        // Written in Big5, the simplified characters it lacks dropped: what is left is Big5's own statistics.
        var big5 = Encoding.GetEncoding("big5", new EncoderReplacementFallback(""), DecoderFallback.ExceptionFallback).GetBytes(text);
        var gb18030 = Encoding.GetEncoding("gb18030").GetBytes(text);

        Assert.False(DoubleByteGuess.MoreLikelyBig5(gb18030));
        Assert.True(DoubleByteGuess.MoreLikelyBig5(big5));
        Assert.Equal("big5", ReportReader.Read(ReportSource.FromBytes(big5, name)).Metadata.Encoding);
    }

    [Fact]
    public void Each_reading_counts_its_own_frequent_block()
    {
        // 的 is GB2312 level 1 (B5C4) and Big5 常用字 (AABA); 啰 is in GBK's extension (86AA).
        Assert.Equal((1, 1), DoubleByteGuess.CountGb18030(Encoding.GetEncoding("gb18030").GetBytes("的")));
        Assert.Equal((1, 1), DoubleByteGuess.CountBig5(Encoding.GetEncoding("big5").GetBytes("的")));
        Assert.Equal((0, 1), DoubleByteGuess.CountGb18030(Encoding.GetEncoding("gb18030").GetBytes("啰")));
        // A four-byte GB18030 character is one character and no frequent one; ASCII is none.
        Assert.Equal((0, 1), DoubleByteGuess.CountGb18030(Encoding.GetEncoding("gb18030").GetBytes("\u3400")));
        Assert.Equal((0, 0), DoubleByteGuess.CountBig5("GDP 5%"u8));
    }

    [Fact]
    public void Text_without_two_byte_characters_is_left_to_gb18030()
    {
        Assert.False(DoubleByteGuess.MoreLikelyBig5("Report 2025: GDP +5%"u8));
        Assert.False(DoubleByteGuess.MoreLikelyBig5([]));
    }

    /// <summary>Short texts whose bytes are valid, plausible text in the other encoding too (固定資產投資 in Big5 reads as ㏕﹚戈玻щ戈 in GB18030).</summary>
    [Theory]
    [InlineData("固定資產投資", "big5")]
    [InlineData("政府工作报告", "gb18030")]
    [InlineData("研究与试验发展经费", "gb18030")]
    public void Short_text_valid_in_both_encodings_is_read_in_its_own(string text, string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(text);
        var other = Encoding.GetEncoding(encoding == "big5" ? "gb18030" : "big5", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        Assert.NotEqual(text, other.GetString(bytes));

        var document = ReportReader.Read(ReportSource.FromBytes(bytes, "short.dat"));
        Assert.Equal(text, document.Text);
        Assert.Equal(encoding, document.Metadata.Encoding);
    }
}
