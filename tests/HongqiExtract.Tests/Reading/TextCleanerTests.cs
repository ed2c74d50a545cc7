using HongqiExtract.Reading.PlainText;
using Xunit;

namespace HongqiExtract.Tests.Reading;

/// <summary>The plain-text cleaner on web dumps' debris: HTML comments, literal NBSP strings, stray '&lt;'.</summary>
public class TextCleanerTests
{
    [Theory]
    [InlineData("甲<!-- 注释 -->乙<U+00A0>丙增长5%", "甲乙丙增长5%")]
    [InlineData("增速 < 5% 的行业", "增速 < 5% 的行业")]
    [InlineData("<U+00A0><U+00A0>　　全年增长６％", "全年增长６％")]
    public void Debris_within_a_line_goes_and_the_rest_stays(string source, string expected) =>
        Assert.Equal(expected, TextCleaner.Clean(source).Text);

    [Fact]
    public void A_comment_over_several_lines_leaves_none_of_its_text()
    {
        // The comment's later lines (and the part of its last line before -->) are no text of the report.
        var (text, _) = TextCleaner.Clean("开头的一句话<!-- 导航\n栏目 首页 要闻\n仍是注释 -->之后的文字\n下一行");
        Assert.Equal("开头的一句话\n之后的文字\n下一行", text);
    }
}
