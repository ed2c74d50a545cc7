using HongqiExtract.Documents;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Tests.Recognition;

/// <summary>Sub-year periods as the spec's <c>period_months</c> reads them, and what only looks like one.</summary>
public class MonthSpanTests
{
    private static MonthRange? Only(string text)
    {
        var found = MonthSpans.Find(text, new TextSpan(0, text.Length)).Where(m => m.Months.IsPartOfYear).ToList();
        Assert.True(found.Count <= 1, $"{found.Count} spans in {text}");
        return found.Count == 0 ? null : found[0].Months;
    }

    [Theory]
    [InlineData("一季度全市地区生产总值", 1, 3)]
    [InlineData("第四季度增长加快", 10, 12)]
    [InlineData("前三季度，全省", 1, 9)]
    [InlineData("上半年，规模以上工业", 1, 6)]
    [InlineData("下半年出口回升", 7, 12)]
    [InlineData("1—11月，全市", 1, 11)]
    [InlineData("1-2月份，", 1, 2)]
    [InlineData("1至11月累计", 1, 11)]
    [InlineData("前10个月，", 1, 10)]
    [InlineData("12月当月，CPI", 12, 12)]
    [InlineData("十二月份，", 12, 12)]
    public void A_sub_year_period_gives_its_months(string text, int first, int last) =>
        Assert.Equal(new MonthRange(first, last), Only(text));

    [Theory]
    [InlineData("去年下半年以来，这种状况")]
    [InlineData("外贸出口从7月份开始大幅度回升")]
    [InlineData("截至今年2月底，全国")]
    [InlineData("3月15日召开")]
    [InlineData("保交房项目提前3个月实现")]
    [InlineData("增速连续16个季度高于全国")]
    [InlineData("连续30个月居全国前10位")]
    [InlineData("进入二季度以后主要指标连续走低")]
    [InlineData("1—12月，全市")]
    public void A_point_in_time_a_duration_or_the_whole_year_is_no_sub_year_period(string text) => Assert.Null(Only(text));

    [Fact]
    public void Months_written_after_a_year_narrow_that_year()
    {
        var found = new List<PeriodMention>();
        PeriodRecognizer.Recognize("2025年1—11月，全市规模以上工业增加值增长6.2%", new TextSpan(0, 26), null, found);
        var year = Assert.Single(found);
        Assert.Equal((2025, 2025), (year.StartYear, year.EndYear));
        Assert.Equal(new MonthRange(1, 11), year.Months);
    }

    [Fact]
    public void The_pattern_matches_nothing_where_the_quick_test_says_no_span_can_be()
    {
        // Find skips text that holds none of 月, 季度, 半年, 全年: a new alternative without them must change the test.
        int skipped = 0;
        var files = Directory.GetFiles(SharedData.Path("corpus", "real"), "*.txt").Concat(Directory.GetFiles(SharedData.Path("corpus", "passages")));
        foreach (var line in files.SelectMany(File.ReadLines))
        {
            if (MonthSpans.MaySpan(line)) continue;
            skipped++;
            Assert.False(MonthSpans.Pattern().IsMatch(line), line);
        }
        foreach (var text in new[] { "第一季", "前三个季", "上半", "1至11", "前10个", "全", "十二" })
            Assert.False(MonthSpans.MaySpan(text) || MonthSpans.Pattern().IsMatch(text), text);
        Assert.True(skipped > 1000, $"{skipped} lines");
    }
}
