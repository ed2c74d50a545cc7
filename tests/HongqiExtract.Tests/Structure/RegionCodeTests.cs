using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using HongqiExtract.Structure;

namespace HongqiExtract.Tests.Structure;

/// <summary>GB/T 2260 codes for the regions reports are about: provinces, prefecture-level cities, and what gets none.</summary>
public class RegionCodeTests
{
    [Theory]
    [InlineData("洛阳市", "410300")]
    [InlineData("洛阳", "410300")]
    [InlineData("河南省洛阳市", "410300")]
    [InlineData("吉林市", "220200")]
    [InlineData("吉林", "220000")]
    [InlineData("延边朝鲜族自治州", "222400")]
    [InlineData("海南藏族自治州", "632500")]
    [InlineData("海南", "460000")]
    [InlineData("锡林郭勒盟", "152500")]
    [InlineData("河北省洛阳市", null)]
    [InlineData("红旗区", null)]
    [InlineData("全国", null)]
    public void A_prefecture_gets_its_own_code_a_province_its_and_a_county_or_a_mismatch_none(string region, string? code) =>
        Assert.Equal(code, RegionCodes.Of(region));

    [Fact]
    public void Every_prefecture_code_is_unique_and_lies_in_a_listed_province()
    {
        var provinces = Rows("region-codes.tsv").Select(r => r[1][..2]).ToHashSet();
        var prefectures = Rows("prefecture-codes.tsv");
        Assert.InRange(prefectures.Count, 330, 340);
        Assert.Equal(prefectures.Count, prefectures.Select(r => r[1]).Distinct().Count());
        Assert.All(prefectures, r => Assert.Matches("^[1-6][0-9][0-9]{2}00$", r[1]));
        Assert.All(prefectures, r => Assert.Contains(r[1][..2], provinces));
        Assert.All(prefectures, r => Assert.NotEqual("00", r[1][2..4]));
    }

    [Fact]
    public void A_city_report_gives_every_record_its_region_code_and_report_year()
    {
        const string report = "2025年洛阳市政府工作报告\n2024年工作回顾\n全市地区生产总值5800亿元，增长5.5%。";
        var records = new IndicatorExtractor().Extract(ReportSource.FromString(report, "luoyang.txt")).Records;
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal(("洛阳市", "410300", 2025), (r.Region, r.RegionCode, r.ReportYear)));
    }

    [Theory]
    [InlineData("2025年福州市国民经济和社会发展统计公报\n全年全市地区生产总值14800亿元。", "福州市", "350100")]
    [InlineData("洛阳市2025年国民经济和社会发展统计公报\n全年全市地区生产总值5800亿元。", "洛阳市", "410300")]
    [InlineData("2026年08月11日 星期二\n第1版：要闻\n唐山高质量发展迈出坚实步伐\n本报记者 张三\n五年来，全市地区生产总值年均增长6%。", "唐山市", "130200")]
    public void A_communique_title_or_a_news_headline_names_the_region(string text, string region, string code)
    {
        var metadata = ReportReader.Read(ReportSource.FromString(text, "doc.txt")).Metadata;
        Assert.Equal((region, code), (metadata.Region, metadata.RegionCode));
    }

    [Fact]
    public void A_work_report_section_heading_that_starts_with_a_place_names_no_region()
    {
        var metadata = ReportReader.Read(ReportSource.FromString("一、2025年工作回顾\n上海加快建设国际科技创新中心\n全市地区生产总值5.6万亿元。", "doc.txt")).Metadata;
        Assert.Null(metadata.Region);
    }

    private static List<string[]> Rows(string file) =>
        [.. File.ReadLines(Path.Combine(SharedData.RepoRoot, "src", "HongqiExtract", "Resources", "Structure", file))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))];
}
