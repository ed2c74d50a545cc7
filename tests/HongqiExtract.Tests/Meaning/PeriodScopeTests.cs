using HongqiExtract.Documents;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using Xunit;

namespace HongqiExtract.Tests.Meaning;

/// <summary>Periods from the text's own scope: a period that opens a sentence or clause governs what follows in its paragraph.</summary>
public class PeriodScopeTests
{
    private static readonly IndicatorExtractor Extractor = new();

    private static IndicatorRecord Record(int reportYear, DocumentKind kind, string paragraph, string valueText)
    {
        var document = new DocumentBuilder("scope.txt") { ReportYear = reportYear, Kind = kind }.AddParagraph(paragraph).Build();
        int at = document.Text.IndexOf(valueText, StringComparison.Ordinal);
        return Extractor.Extract(document).Records.First(r => r.Start < at + valueText.Length && at < r.End);
    }

    private static (int?, int?) Period(IndicatorRecord r) => (r.PeriodStart, r.PeriodEnd);

    [Fact]
    public void A_span_opening_a_later_sentence_replaces_the_year_the_paragraph_opened_with()
    {
        var record = Record(2021, DocumentKind.WorkReport, "2020年是“十三五”收官之年。过去五年，我市发展成就显著。地区生产总值年均增长6.5%。", "6.5%");
        Assert.Equal((2016, 2020), Period(record));
    }

    [Fact]
    public void A_year_opening_a_clause_governs_the_sentences_after_it()
    {
        var record = Record(2021, DocumentKind.News, "2018年城镇人口突破100万，2020年全市常住人口城镇化率达60.1%。乡村振兴扎实推进，农村居民人均可支配收入达19446元。", "19446元");
        Assert.Equal((2020, 2020), Period(record));
    }

    [Fact]
    public void Under_a_span_a_year_opening_one_sentence_speaks_for_that_sentence_only()
    {
        const string text = "过去五年，我市经济持续增长。2020年底，全市常住人口达到500万人。单位地区生产总值能耗下降15%。";
        Assert.Equal((2020, 2020), Period(Record(2021, DocumentKind.WorkReport, text, "500万人")));
        Assert.Equal((2016, 2020), Period(Record(2021, DocumentKind.WorkReport, text, "15%")));
    }

    [Fact]
    public void A_year_after_a_short_modifier_with_de_is_a_clause_of_its_own_and_governs_under_a_span()
    {
        var document = new DocumentBuilder("scope.txt") { ReportYear = 2026, Kind = DocumentKind.WorkReport }
            .AddHeading("一、“十四五”时期和2025年工作回顾", 1)
            .AddParagraph("刚刚过去的2025年，经济社会发展主要目标任务全面完成。地区生产总值增长5.8%，规模以上工业增加值增长9.5%。")
            .Build();
        var records = Extractor.Extract(document).Records;
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal((2025, 2025), Period(r)));
    }

    [Fact]
    public void A_period_starting_a_noun_phrase_is_no_scope()
    {
        var record = Record(2022, DocumentKind.WorkReport, "去年经济恢复发展。2013年以来新增的企业去年纳税达到4.76万亿元。普惠小微企业贷款增长27.3%。", "27.3%");
        Assert.Equal((2021, 2021), Period(record));
    }

    [Fact]
    public void The_year_a_change_starts_from_is_its_base_not_its_period()
    {
        var record = Record(2026, DocumentKind.WorkReport, "五年来，居民人均可支配收入从2021年的30000元提高到2025年的38000元。", "38000元");
        Assert.Equal(2021, record.BaseYear);
        Assert.NotEqual((2021, 2021), Period(record));
    }

    [Theory]
    [InlineData(2021, 2016, 2020)]
    [InlineData(2026, 2021, 2025)]
    [InlineData(2023, 2022, 2022)]
    public void A_bare_cumulative_figure_of_a_first_plan_year_report_covers_the_plan_it_reviews(int reportYear, int start, int end)
    {
        var record = Record(reportYear, DocumentKind.WorkReport, "全年完成新建改造高标准农田300万亩，农作物综合机械化率达到90%。", "300万亩");
        Assert.Equal((start, end), Period(record));
        // A level is what was reached at the end: the year before the report.
        Assert.Equal((reportYear - 1, reportYear - 1), Period(Record(reportYear, DocumentKind.WorkReport, "全年完成新建改造高标准农田300万亩，农作物综合机械化率达到90%。", "90%")));
    }
}
