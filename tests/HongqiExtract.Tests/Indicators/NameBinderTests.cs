using HongqiExtract.Binding;
using HongqiExtract.Segmentation;

namespace HongqiExtract.Tests.Indicators;

public class NameBinderTests
{
    private static readonly NameBinder Binder = new(JiebaWordSegmenter.Shared);

    [Theory]
    [InlineData("经济总量达", "经济总量")]
    [InlineData("城镇调查失业率平均为", "城镇调查失业率")]
    [InlineData("同时，其中城镇居民人均可支配收入已", "城镇居民人均可支配收入")] // c, r and d words from jieba's tags
    [InlineData("要完成铁路建设投资", "铁路建设投资")]
    [InlineData("居民人均可支配收入比上年实际增长", "居民人均可支配收入")]
    [InlineData("先进装备、电子信息、新能源汽车等7大产业集群对工业贡献率超过", "7大产业集群对工业贡献率")]
    [InlineData("全球“灯塔工厂”", "全球“灯塔工厂”")]
    [InlineData("创建自治区级科技创新平台（基地）", "自治区级科技创新平台（基地）")] // the clause verb is no part of the name (spec: no verb)
    [InlineData("力争", null)]
    [InlineData("2024年国内生产总值", "国内生产总值")]
    [InlineData("新农合和城镇居民基本医疗保险财政补助标准由每人每年", "新农合和城镇居民基本医疗保险财政补助标准")]
    [InlineData("建成5G基站", "5G基站")]
    [InlineData("唐山港2025年货物吞吐量", "唐山港货物吞吐量")] // a year inside the name is its period
    [InlineData("涉税市场主体2013年以来纳税", "涉税市场主体2013年以来纳税")] // …unless it bounds what is counted
    public void Name_before_a_number_is_the_minimal_noun_phrase(string segment, string? expected) =>
        Assert.Equal(expected, Binder.NameBefore(segment)?.Name);

    [Theory]
    [InlineData("国家级荣誉和", "国家级荣誉")]
    [InlineData("“千项万亿”重大项目完成投资", "“千项万亿”重大项目")]
    [InlineData("专家对若干战略问题进行研究", "专家")]
    public void Name_after_a_count_stops_at_verbs_and_function_words(string following, string? expected) =>
        Assert.Equal(expected, Binder.NameAfter(following));

    [Fact]
    public void Fenbie_subjects_split_with_their_shared_head()
    {
        Assert.Equal(["高技术制造业增加值", "装备制造业增加值"], Binder.SplitEnumeration("高技术制造业、装备制造业增加值"));
        Assert.Equal(["广州地铁线网单日最高客运量", "深圳地铁线网单日最高客运量"], Binder.SplitEnumeration("广州、深圳地铁线网单日最高客运量"));
    }
}
