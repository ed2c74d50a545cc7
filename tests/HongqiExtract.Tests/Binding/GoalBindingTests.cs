using HongqiExtract.Documents;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;

namespace HongqiExtract.Tests.Binding;

/// <summary>A goal set for an indicator (…的预期目标，定为X) names that indicator, and a percentage of a growth-rate name is growth.</summary>
public class GoalBindingTests
{
    private static IndicatorRecord Only(string sentence)
    {
        var document = new DocumentBuilder("goal.txt") { ReportYear = 1995, Kind = DocumentKind.WorkReport }.AddParagraph(sentence).Build();
        return Assert.Single(new IndicatorExtractor().Extract(document).Records);
    }

    [Fact]
    public void A_value_after_a_clause_naming_a_goal_takes_the_goals_subject()
    {
        var record = Only("综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。");
        Assert.Equal(("经济增长速度", 8m, (decimal?)9m, IndicatorKind.Growth), (record.Name, record.Value, record.ValueHigh, record.Kind));
        Assert.Equal("gdp", record.IndicatorId);
    }

    [Theory]
    [InlineData("全省地区生产总值增速为5.5%。", "地区生产总值", IndicatorKind.Growth)]
    [InlineData("全省地区生产总值增长率为5.5%。", "地区生产总值增长率", IndicatorKind.Growth)]
    [InlineData("城镇调查失业率为5.2%。", "城镇调查失业率", IndicatorKind.Level)]
    public void A_percentage_level_of_a_growth_rate_name_is_growth_and_of_another_rate_stays_a_level(string sentence, string name, IndicatorKind kind)
    {
        var record = Only(sentence);
        Assert.Equal((name, kind), (record.Name, record.Kind));
    }

    [Fact]
    public void A_clause_ending_in_a_goal_with_nothing_before_it_names_nothing()
    {
        var record = Only("为实现目标，完成投资120亿元。");
        Assert.NotEqual("为实现", record.Name);
    }
}
