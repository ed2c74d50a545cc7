using HongqiExtract.Documents;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Tests.Meaning;

/// <summary>
/// <c>period_months</c>: a sub-year period governs the values of its clause, and of later sentences of its
/// paragraph where it is a clause of its own; a year written without months, 全年 or a span of years ends it.
/// </summary>
public class PeriodMonthsTests
{
    private static readonly IndicatorExtractor Extractor = new();

    private static IndicatorRecord Record(DocumentKind kind, string valueText, params string[] paragraphs) =>
        RecordUnder(kind, null, valueText, paragraphs);

    private static IndicatorRecord RecordUnder(DocumentKind kind, string? heading, string valueText, params string[] paragraphs)
    {
        var builder = new DocumentBuilder("months.txt") { ReportYear = 2025, Kind = kind };
        if (heading is not null) builder.AddHeading(heading, 1);
        foreach (var p in paragraphs) builder.AddParagraph(p);
        var document = builder.Build();
        int at = document.Text.IndexOf(valueText, StringComparison.Ordinal);
        Assert.True(at >= 0, valueText);
        return Extractor.Extract(document).Records.First(r => r.Start < at + valueText.Length && at < r.End);
    }

    [Fact]
    public void Months_after_a_year_go_to_the_values_of_the_sentence_and_leave_the_name()
    {
        var record = Record(DocumentKind.StatisticalRelease, "6.2%", "2025年1—11月，全市规模以上工业增加值同比增长6.2%。");
        Assert.Equal(new MonthRange(1, 11), record.PeriodMonths);
        Assert.Equal((2025, 2025), (record.PeriodStart, record.PeriodEnd));
        Assert.Equal("规模以上工业增加值", record.Name);
    }

    [Fact]
    public void A_sub_year_clause_governs_the_later_sentences_of_its_paragraph_until_the_whole_year_is_named()
    {
        string[] paragraph = ["前三季度，全市地区生产总值4120.5亿元，增长5.2%。规模以上工业增加值增长6.1%。全年，社会消费品零售总额增长4.8%。"];
        Assert.Equal(new MonthRange(1, 9), Record(DocumentKind.Communique, "4120.5亿元", paragraph).PeriodMonths);
        Assert.Equal(new MonthRange(1, 9), Record(DocumentKind.Communique, "6.1%", paragraph).PeriodMonths);
        Assert.Null(Record(DocumentKind.Communique, "4.8%", paragraph).PeriodMonths);
    }

    [Fact]
    public void A_quarter_inside_what_a_clause_says_is_no_scope()
    {
        var record = Record(DocumentKind.WorkReport, "4.9%", "针对三季度经济增速回落的情况，果断出台政策措施，全年地区生产总值增长4.9%。");
        Assert.Null(record.PeriodMonths);
    }

    [Fact]
    public void A_comparison_with_a_quarter_is_a_base_not_the_values_months()
    {
        var record = Record(DocumentKind.Communique, "2.1个百分点", "全年规模以上工业增加值增长6.5%，增幅比一季度提高2.1个百分点。");
        Assert.Null(record.PeriodMonths);
    }

    [Fact]
    public void A_heading_that_names_months_sets_them_for_its_section()
    {
        var record = RecordUnder(DocumentKind.StatisticalRelease, "上半年全市经济运行情况", "3.8%", "全市居民消费价格上涨3.8%。");
        Assert.Equal(new MonthRange(1, 6), record.PeriodMonths);
    }

    [Fact]
    public void A_span_of_years_has_no_months_and_a_year_of_its_own_ends_them()
    {
        Assert.Null(Record(DocumentKind.WorkReport, "12.5%", "2021年至2025年上半年，全市固定资产投资累计增长12.5%。").PeriodMonths);
        string[] paragraph = ["上半年，全市进出口总额增长8.2%。2024年全市进出口总额1520亿元。"];
        Assert.Equal(new MonthRange(1, 6), Record(DocumentKind.News, "8.2%", paragraph).PeriodMonths);
        Assert.Null(Record(DocumentKind.News, "1520亿元", paragraph).PeriodMonths);
    }
}
