using HongqiExtract.Segmentation;

namespace HongqiExtract.Tests.Segmentation;

public class SegmenterTests
{
    [Fact]
    public void Tokens_cover_the_text_with_their_offsets()
    {
        const string text = "一般公共预算收入突破10亿元，国家高新技术企业从5家增至25家";
        var tokens = JiebaWordSegmenter.Shared.Segment(text);
        Assert.Equal(text, string.Concat(tokens.Select(t => t.Word)));
        foreach (var token in tokens) Assert.Equal(token.Word, text[token.Start..token.End]);
    }

    [Fact]
    public void Domain_dictionary_keeps_indicator_names_whole()
    {
        var words = JiebaWordSegmenter.Shared.Segment("城镇调查失业率5.5%左右，规上工业增加值增长6.5%").Select(t => t.Word).ToList();
        Assert.Contains("城镇调查失业率", words);
        Assert.Contains("规上工业增加值", words);
    }

    [Fact]
    public void Segmenter_is_safe_to_use_from_many_threads()
    {
        const string text = "社会消费品零售总额增长5.5%左右";
        var expected = JiebaWordSegmenter.Shared.Segment(text);
        Parallel.For(0, 64, _ => Assert.Equal(expected, JiebaWordSegmenter.Shared.Segment(text)));
    }
}
