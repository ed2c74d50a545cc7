using HongqiExtract.Reading;
using HongqiExtract.Recognition;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
namespace HongqiExtract.Tests.Indicators;

public class ExtractionTests
{
    private static readonly IndicatorExtractor Extractor = new();

    private static IReadOnlyList<IndicatorRecord> Extract(string text, int reportYear = 2025) =>
        Extractor.Extract(ReportSource.FromString(text, "test.txt") is var s ? ReportReader.Read(s, new ReaderOptions(ReportYear: reportYear)) : null!).Records;

    [Fact]
    public void Enumeration_with_fenbie_gives_each_value_its_own_name()
    {
        var records = Extract("一、2024年工作回顾\n高技术制造业、装备制造业增加值分别增长8.9%、7.7%。");
        Assert.Equal(["高技术制造业增加值", "装备制造业增加值"], records.Select(r => r.Name));
        Assert.All(records, r => Assert.Equal(IndicatorKind.Growth, r.Kind));
        Assert.Equal([8.9m, 7.7m], records.Select(r => r.Value));
        Assert.All(records, r => Assert.Equal(2024, r.PeriodStart));
        Assert.All(records, r => Assert.Equal(2023, r.BaseYear));
    }

    [Fact]
    public void From_to_is_one_change_record()
    {
        var record = Assert.Single(Extract("居民人均可支配收入从2.6万元增至3.6万元。"));
        Assert.Equal(IndicatorKind.Change, record.Kind);
        Assert.Equal(3.6m, record.Value);
        Assert.Equal(2.6m, record.FromValue);
        Assert.Equal(26000m, record.FromNormalizedValue);
        Assert.Equal("居民人均可支配收入", record.Name);
    }

    [Fact]
    public void From_value_may_be_separated_from_you_by_a_few_words()
    {
        var record = Assert.Single(Extract("新农合和城镇居民基本医疗保险财政补助标准由每人每年120元提高到280元。"));
        Assert.Equal((IndicatorKind.Change, 120m, 280m), (record.Kind, record.FromValue!.Value, record.Value));
        Assert.Equal("新农合和城镇居民基本医疗保险财政补助标准", record.Name);
    }

    [Fact]
    public void Decrease_is_negative_and_growth_after_a_level_shares_its_name()
    {
        var records = Extract("国内生产总值达到134.9万亿元、增长5%，细颗粒物平均浓度下降2.7%。");
        Assert.Equal("国内生产总值", records[1].Name);
        Assert.Equal(IndicatorKind.Growth, records[1].Kind);
        Assert.Equal(-2.7m, records[2].Value);
        Assert.Equal(-2.7m, records[2].NormalizedValue);
    }

    [Fact]
    public void Targets_take_the_report_year_and_estimates_are_not_targets()
    {
        var records = Extract("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。\n预计全年增长5.2%。", 2025);
        Assert.True(records[0].IsTarget);
        Assert.Equal(2025, records[0].PeriodStart);
        Assert.Equal(IndicatorKind.Increase, records[1].Kind);
        Assert.Equal(Qualifier.Over, records[1].Qualifier);
        Assert.False(records[2].IsTarget);
    }

    [Fact]
    public void A_unit_written_once_applies_to_every_value_before_it()
    {
        // The gold guidelines' hard case: 1409万、1305万人次 → two records in 万人次, normalized 人次.
        var records = Extract("新增地铁运营里程171.7公里，广州、深圳地铁线网单日最高客运量分别达1409万、1305万人次。");
        Assert.Equal(["万人次", "万人次"], records.Skip(1).Select(r => r.Unit));
        Assert.Equal([14090000m, 13050000m], records.Skip(1).Select(r => r.NormalizedValue));
        Assert.All(records.Skip(1), r => Assert.Equal(("人次", IndicatorKind.Level), (r.NormalizedUnit, r.Kind)));
        Assert.Equal(["广州地铁线网单日最高客运量", "深圳地铁线网单日最高客运量"], records.Skip(1).Select(r => r.Name));
        Assert.Equal(IndicatorKind.Increase, records[0].Kind);
    }

    [Fact]
    public void A_base_written_with_jiao_is_the_base_not_the_period()
    {
        var records = Extract("“十四五”时期工作回顾\n地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元、增长33.6%。第一产业增加值增速连续19个季度居全国前5位。", 2026);
        Assert.All(records.Take(4), r => Assert.Equal("地区生产总值", r.Name));
        Assert.Equal((IndicatorKind.Increase, 2020), (records[2].Kind, records[2].BaseYear!.Value));
        Assert.Equal((IndicatorKind.Growth, 2021, 2025), (records[3].Kind, records[3].PeriodStart!.Value, records[3].PeriodEnd!.Value));
        Assert.DoesNotContain(records, r => r.Value == 19);
    }

    [Fact]
    public void Words_glued_to_the_previous_mention_and_bare_attributes_are_bound_right()
    {
        var records = Extract("粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤。外商直接投资保持良好势头，实际金额达到330多亿美元。");
        Assert.Equal(["粮食产量", "亩产", "外商直接投资实际金额"], records.Select(r => r.Name));
        Assert.Equal(IndicatorKind.Increase, records[1].Kind);
        Assert.Equal(Qualifier.Over, records[2].Qualifier);
    }

    [Fact]
    public void A_paragraph_opening_with_the_main_targets_makes_every_figure_a_target()
    {
        var records = Extract("综合考虑国内外各种因素，今年经济社会发展主要预期目标是：国内生产总值增长8%左右；城镇新增就业900万人，城镇登记失业率控制在4.6%。", 2005);
        Assert.All(records, r => Assert.Equal((true, 2005), (r.IsTarget, r.PeriodStart!.Value)));
        Assert.Equal("城镇登记失业率", records[2].Name);
    }

    [Fact]
    public void A_share_of_the_whole_is_named_by_part_and_whole()
    {
        var record = Assert.Single(Extract("棉花产量连续4年占全国九成。"));
        // Named by part and whole, as the dev gold names shares (民营经济增加值占GDP比重).
        Assert.Equal(("棉花产量占全国比重", IndicatorKind.Share, 90m), (record.Name, record.Kind, record.NormalizedValue));
    }

    [Theory]
    [InlineData("民营经济增加值6993亿元，占GDP比重67.0%。", "67.0%", "民营经济增加值占GDP比重")]
    [InlineData("5G移动电话用户425万户，在移动电话用户中占比65.9%。", "65.9%", "5G移动电话用户占移动电话用户比重")]
    [InlineData("高新技术产业增加值在规上工业增加值的占比达85%。", "85%", "高新技术产业增加值占规上工业增加值比重")]
    [InlineData("战略性新兴产业占规上工业增加值比重超过25%。", "25%", "战略性新兴产业占规上工业增加值比重")]
    [InlineData("区外就业占12%以上。", "12%", "区外就业占比")]
    [InlineData("民生支出占比均在80%以上。", "80%", "民生支出占比")]
    public void A_share_takes_its_part_and_its_whole_in_the_gold_form(string sentence, string value, string name)
    {
        var record = Assert.Single(Extract(sentence), r => r.Text.EndsWith(value, StringComparison.Ordinal));
        Assert.Equal((name, IndicatorKind.Share), (record.Name, record.Kind));
    }

    [Fact]
    public void A_bare_total_takes_the_indicator_the_sentence_before_opened_with_in_its_paragraph()
    {
        var records = Extract("地区生产总值稳步提升；2025年总量达10450.2亿元、同比增长6.2%。");
        Assert.Equal(["地区生产总值", "地区生产总值"], records.Select(r => r.Name));
        // Another paragraph's subject is not carried over.
        var apart = Extract("地区生产总值稳步提升。\n2025年总量达10450.2亿元。");
        Assert.Equal("总量", Assert.Single(apart).Name);
    }

    [Fact]
    public void Every_value_of_an_enumeration_that_falls_is_negative()
    {
        var records = Extract("化学需氧量、氨氮、二氧化硫排放量分别下降9.66%、15%和13.14%。");
        Assert.Equal([-9.66m, -15m, -13.14m], records.Select(r => r.Value));
        Assert.All(records, r => Assert.Equal(IndicatorKind.Growth, r.Kind));
    }

    [Theory]
    [InlineData("金融业和信息服务业增加值分别增长9.7%和8.1%。", "金融业增加值|信息服务业增加值")]
    [InlineData("城乡居民人均可支配收入分别增长5.1%和6.3%。", "城镇居民人均可支配收入|农村居民人均可支配收入")]
    [InlineData("地方财政收入和支出分别增长3%和4%。", "地方财政收入|地方财政支出")]
    [InlineData("城镇和农村常住居民人均可支配收入分别增长3.9%和5.7%。", "城镇常住居民人均可支配收入|农村常住居民人均可支配收入")]
    [InlineData("居民消费和投资分别增长6%和4%。", "居民消费|投资")]
    [InlineData("生产安全事故起数、死亡人数、直接经济损失分别下降36.7%、38.8%、39.1%。", "生产安全事故起数|死亡人数|直接经济损失")]
    [InlineData("航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨，分别增长8.3%、7.9%。", "航空旅客吞吐量|货邮吞吐量|航空旅客吞吐量|货邮吞吐量")]
    public void An_enumeration_before_fenbie_names_each_value(string sentence, string names) =>
        Assert.Equal(names.Split('|'), Extract(sentence).Select(r => r.Name));

    [Theory]
    [InlineData("新开工超亿元项目156个。", "156个")]
    [InlineData("建成超万吨级泊位3个。", "3个")]
    public void A_bare_scale_inside_a_name_is_no_value(string sentence, string only) =>
        Assert.Equal(only, Assert.Single(Extract(sentence)).Text[^only.Length..]);

    [Fact]
    public void Sections_after_the_review_plan_the_report_year()
    {
        var records = Extract("一、过去一年工作回顾\n国内生产总值增长9.5%。\n二、今年的主要任务\n拟安排中央财政赤字3000亿元。", 2005);
        Assert.Equal((2004, false), (records[0].PeriodStart!.Value, records[0].IsTarget));
        Assert.Equal((2005, true), (records[1].PeriodStart!.Value, records[1].IsTarget));
        Assert.Equal("中央财政赤字", records[1].Name);
    }

    [Fact]
    public void Values_joined_by_he_continue_the_enumeration()
    {
        var records = Extract("城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，分别实际增长7.7%和6.8%。");
        Assert.Equal([IndicatorKind.Level, IndicatorKind.Level, IndicatorKind.Growth, IndicatorKind.Growth], records.Select(r => r.Kind));
    }

    [Fact]
    public void Every_span_slices_to_text_that_holds_its_number_and_unit()
    {
        foreach (var file in Directory.GetFiles(SharedData.Path("corpus", "real"), "*.txt").Order().Take(8))
        {
            var result = Extractor.Extract(ReportSource.FromFile(file));
            Assert.NotEmpty(result.Records);
            foreach (var r in result.Records)
            {
                var span = result.Document.Text[r.Start..r.End];
                // The span ends with its unit, except fractions (百分之N, 三分之一) which write the unit first.
                if (!span.Contains("分之", StringComparison.Ordinal) && r.Unit.Length > 0)
                    Assert.True(span.EndsWith(r.Unit[^1]), $"{file}: span '{span}' does not end with its unit '{r.Unit}'");
                Assert.Contains(span, r.Sentence, StringComparison.Ordinal);
                Assert.EndsWith(span, r.Text, StringComparison.Ordinal);
            }
            Assert.Equal(Enumerable.Range(0, result.Records.Count), result.Records.Select(r => r.Ordinal));
        }
    }

    [Fact]
    public void Every_passage_and_real_report_runs_without_an_error()
    {
        var files = Directory.GetFiles(SharedData.Path("corpus", "passages")).Concat(Directory.GetFiles(SharedData.Path("corpus", "real"), "*.*", SearchOption.AllDirectories))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal) && !f.EndsWith(".tsv", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count >= 45);
        foreach (var file in files) Assert.NotNull(Extractor.Extract(ReportSource.FromFile(file)));
    }
}
