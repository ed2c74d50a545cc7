using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using HongqiExtract.Output;
namespace HongqiExtract.Tests.Meaning;

/// <summary>Binding rules written for the meaning of records; each case states what an analyst would put in the column.</summary>
public class BindingRuleTests
{
    private static IReadOnlyList<IndicatorRecord> Extract(string sentence) =>
        new IndicatorExtractor().Extract(ReportSource.FromString("2025年某市国民经济和社会发展统计公报\n一、综合\n" + sentence, "rules.txt")).Records;

    [Theory]
    [InlineData("城镇化率为74.63%，比上年末提高0.35个百分点。", 0.35)]
    [InlineData("资产负债率为56.4%，比上年末下降2.1个百分点。", -2.1)]
    public void A_rate_moving_by_percentage_points_is_a_net_increase(string sentence, double value)
    {
        var points = Extract(sentence)[1];
        Assert.Equal(IndicatorKind.Increase, points.Kind);
        Assert.Equal((decimal)value, points.Value);
    }

    [Theory]
    [InlineData("年末公路里程（不含平潭）11779公里。", "公路里程")]
    [InlineData("日均（按工作日计算）新登记企业203.53户。", "日均新登记企业")]
    [InlineData("海洋捕捞（国内）产量39.25万吨。", "海洋捕捞（国内）产量")]
    [InlineData("第一产业增加值占地区生产总值的比重为5.0%。", "第一产业增加值占地区生产总值比重")]
    public void Names_drop_brackets_that_only_qualify_and_keep_brackets_that_name(string sentence, string name) =>
        Assert.Equal(name, Extract(sentence)[0].Name);

    [Fact]
    public void A_price_basis_in_brackets_is_no_period()
    {
        var record = Extract("电信业务总量（上年不变价格）113.05亿元。")[0];
        Assert.Equal((2025, 2025), (record.PeriodStart, record.PeriodEnd));
    }

    [Theory]
    [InlineData("居民人均可支配收入47200元，为2020年的1.35倍。")]
    [InlineData("装机总规模912.95万千瓦，是“十三五”末的8.26倍。")]
    public void The_period_a_multiple_is_taken_of_is_its_base_not_its_period(string sentence)
    {
        var multiple = Extract(sentence).Single(r => r.Kind == IndicatorKind.Multiple);
        Assert.Equal((2025, 2025), (multiple.PeriodStart, multiple.PeriodEnd));
    }

    [Fact]
    public void New_registrations_are_a_net_increase()
    {
        Assert.Equal(IndicatorKind.Increase, Extract("全年新登记经营主体15.46万户。")[0].Kind);
    }

    [Theory]
    [InlineData("金融业、软件和信息服务业增加值分别增长9.7%、15.3%。", "金融业增加值", "软件和信息服务业增加值")]
    [InlineData("有色冶金、装备制造产业增加值分别增长17.8%、9.9%。", "有色冶金产业增加值", "装备制造产业增加值")]
    [InlineData("广州、深圳地铁客运量分别增长5.1%、6.3%。", "广州地铁客运量", "深圳地铁客运量")]
    public void An_enumeration_before_fenbie_gives_each_item_the_shared_head(string sentence, string first, string second) =>
        Assert.Equal([first, second], Extract(sentence).Select(r => r.Name));

    [Fact]
    public void A_conversion_takes_the_name_of_the_value_it_restates()
    {
        var records = Extract("实际使用外资187.2亿美元，折合1148亿元人民币。");
        Assert.Equal(["实际使用外资", "实际使用外资"], records.Select(r => r.Name));
    }

    [Theory]
    [InlineData("集装箱航线通达全球近80个国家和地区。", "国家和地区")]
    [InlineData("全年有40多位外国元首和政府首脑先后访华。", "外国元首和政府首脑")]
    [InlineData("全市建成1282个省级和美乡村。", "省级和美乡村")]
    public void A_counted_noun_joined_by_he_keeps_both_parts_and_stops_at_a_verb(string sentence, string name) =>
        Assert.Equal(name, Extract(sentence)[0].Name);

    [Theory]
    [InlineData("全市规模化供水人口比例达到66%。", IndicatorKind.Share)]
    [InlineData("96.2%的养老机构开展医养结合。", IndicatorKind.Share)]
    [InlineData("覆盖80%以上的大城市。", IndicatorKind.Share)]
    [InlineData("经济保持7%左右的速度增长。", IndicatorKind.Level)]
    public void A_percentage_of_a_ratio_or_of_what_follows_it_is_a_share_but_not_a_rate(string sentence, IndicatorKind kind) =>
        Assert.Equal(kind, Extract(sentence)[0].Kind);

    [Fact]
    public void Two_from_values_before_fenbie_pair_with_their_changes_in_order_and_the_compound_subject_splits()
    {
        var records = Extract("城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元。");
        Assert.Equal([("城镇居民人均可支配收入", 58794m, 46503m), ("农村居民人均可支配收入", 23184m, 16935m)],
            records.Select(r => (r.Name!, r.Value, r.FromValue!.Value)));
        Assert.All(records, r => Assert.Equal((IndicatorKind.Change, 2021), (r.Kind, r.BaseYear!.Value)));
    }

    [Theory]
    [InlineData("铁路营业里程达到12.1万公里，其中高速铁路超过1.9万公里。", "高速铁路营业里程")]
    [InlineData("外贸进出口总额达到4.51万亿元，其中出口2.5万亿元。", "出口总额")]
    [InlineData("肉类总产量22.95万吨，其中猪肉产量18.41万吨。", "猪肉产量")]
    public void A_part_under_qizhong_takes_the_rest_of_its_wholes_name(string sentence, string name) =>
        Assert.Equal(name, Extract(sentence)[1].Name);

    [Theory]
    [InlineData("累计实施省市重点项目2667个、总投资34148.1亿元。", "省市重点项目总投资")]
    [InlineData("中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元。", "中央对地方转移支付规模")]
    public void A_bare_attribute_right_after_a_value_is_that_values(string sentence, string name) =>
        Assert.Equal(name, Extract(sentence)[1].Name);

    [Fact]
    public void Jumping_to_a_level_is_a_change_from_the_value_before()
    {
        var record = Extract("跨部门综合监管事项从39个拓展到91个。").Single();
        Assert.Equal(("跨部门综合监管事项", IndicatorKind.Change, 91m, 39m), (record.Name!, record.Kind, record.Value, record.FromValue!.Value));
    }

    [Theory]
    [InlineData("社会消费品零售总额、固定资产投资增长4%左右。", "社会消费品零售总额|固定资产投资")]
    [InlineData("制造业贷款余额、科技贷款余额均增长11.7%。", "制造业贷款余额|科技贷款余额")]
    [InlineData("电力、热力、燃气及水生产和供应业增长7.1%。", "电力、热力、燃气及水生产和供应业")]
    [InlineData("限上仓储会员店、集合店零售额合计增长15.7%。", "限上仓储会员店、集合店零售额")]
    [InlineData("市级以上研究中心、实验室增至216家。", "市级以上研究中心、实验室")]
    public void A_growth_rate_after_a_list_of_indicators_is_each_ones_but_a_sector_name_a_sum_or_a_count_stays_one(string sentence, string names) =>
        Assert.Equal(names.Split('|'), Extract(sentence).Select(r => r.Name));

    [Theory]
    [InlineData("沿海港口完成货物吞吐量24496.45万吨。", "沿海港口货物吞吐量")]
    [InlineData("邮政业全年完成邮政函件业务1208.32万件。", "邮政函件业务")]
    [InlineData("高原炊具累计销售5.1亿元。", "高原炊具销售")]
    [InlineData("老旧小区改造完成投资246亿元。", "老旧小区改造完成投资")]
    [InlineData("城镇新增就业13.20万人。", "城镇新增就业")]
    public void A_verb_inside_a_name_is_dropped_but_fixed_terms_stay(string sentence, string name) =>
        Assert.Equal(name, Extract(sentence)[0].Name);

    [Theory]
    [InlineData("肉蛋奶、蔬菜产量均突破百万吨。", "肉蛋奶产量|蔬菜产量")]
    [InlineData("单位地区生产总值能耗、水耗均下降20%。", "单位地区生产总值能耗|水耗")]
    public void A_value_after_a_list_and_jun_holds_for_each_item(string sentence, string names) =>
        Assert.Equal(names.Split('|'), Extract(sentence).Select(r => r.Name));

    [Fact]
    public void A_place_ending_in_du_is_no_jun() =>
        Assert.Single(Extract("仙桃、潜江、宜都、大冶经济总量突破500亿元。"));

    [Fact]
    public void A_rate_named_in_brackets_before_its_value_is_named_so()
    {
        var records = Extract("城镇常住人口635.9万人，占总人口比重（常住人口城镇化率）为74.63%。");
        Assert.Equal("常住人口城镇化率", records[1].Name);
    }

    [Fact]
    public void A_percentage_level_of_a_share_name_is_a_share_and_a_space_before_yu_is_layout()
    {
        var share = Extract("服务业增加值占生产总值比重比2020年提高5.3个百分点、达到44.5%。")[1];
        Assert.Equal((IndicatorKind.Share, 44.5m), (share.Kind, share.Value));
        var count = Assert.Single(Extract("150 余项京津医疗合作落地生根。"));
        Assert.Equal((150m, "项", HongqiExtract.Recognition.Qualifier.Over), (count.Value, count.Unit, count.Qualifier));
    }

    [Theory]
    [InlineData("全市养老助餐点覆盖九成以上城乡社区。", "养老助餐点覆盖城乡社区")]
    [InlineData("建成光纤网络2.1万公里、覆盖98%以上自然村。", "光纤网络覆盖自然村")]
    public void A_percentage_of_what_a_verb_of_coverage_reaches_is_the_share_covered(string sentence, string name)
    {
        var share = Extract(sentence).Last();
        Assert.Equal(IndicatorKind.Share, share.Kind);
        Assert.Equal(HongqiExtract.Recognition.Qualifier.Over, share.Qualifier);
        Assert.Equal(name, share.Name);
    }

    [Theory]
    [InlineData("城乡居民收入比值由2.45缩小至2.31。", "城乡居民收入比值", 2.45, 2.31)]
    [InlineData("城乡居民收入比从2.50:1缩小至2.27:1。", null, 2.50, 2.27)]
    public void A_named_ratio_is_a_value_without_a_unit(string sentence, string? name, double from, double to)
    {
        var ratio = Assert.Single(Extract(sentence));
        Assert.Equal(IndicatorKind.Change, ratio.Kind);
        Assert.Equal((decimal)to, ratio.Value);
        Assert.Equal((decimal)from, ratio.FromValue);
        Assert.Equal("", ratio.Unit);
        if (name is not null) Assert.Equal(name, ratio.Name);
    }
}
