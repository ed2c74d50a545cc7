using HongqiExtract.Cli.Evaluation;
using Xunit;

namespace HongqiExtract.Tests.Cli;

/// <summary>How eval scores a name against the gold's: ../shared/gold/README.md, with the meaning issue's rule for reordered relative clauses.</summary>
public class NameScoringTests
{
    [Theory]
    [InlineData("地区生产总值", "地区生产总值", true)]
    [InlineData("全市地区生产总值", "地区生产总值", true)]
    [InlineData("投资", "老旧小区改造完成投资", false)]
    [InlineData("企业挂牌“新三板”", "挂牌“新三板”企业", true)]
    [InlineData("科技创新团队入选“珠峰英才”计划", "入选“珠峰英才”计划科技创新团队", true)]
    // The same letters without the gold's head noun at the end of the gold are not the same name.
    [InlineData("市上板主企业", "企业主板上市", false)]
    [InlineData("增加值工业", "工业增加值", true)]
    [InlineData("工业增加值率", "工业增加值", true)]
    [InlineData(null, "工业增加值", false)]
    public void A_name_is_right_when_equal_contained_or_the_same_words_in_another_order(string? actual, string expected, bool right) =>
        Assert.Equal(right, Evaluator.NameRight(actual, expected));
}
