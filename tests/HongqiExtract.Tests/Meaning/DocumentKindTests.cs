using HongqiExtract.Documents;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using HongqiExtract.Output;
namespace HongqiExtract.Tests.Meaning;

/// <summary>doc_kind on every dev passage and real report (Cases/document-kinds.tsv, labelled by reading each file), and the defaults each kind sets.</summary>
public class DocumentKindTests
{
    public static TheoryData<string, string> Expected()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Cases", "document-kinds.tsv")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            data.Add(cells[0], cells[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void The_kind_of_each_document_is_detected(string path, string kind)
    {
        var document = ReportReader.Read(ReportSource.FromFile(SharedData.Path(["corpus", .. path.Split('/')])));
        Assert.Equal(kind, document.Metadata.Kind.Code());
    }

    [Fact]
    public void Every_record_carries_its_document_kind()
    {
        var result = new IndicatorExtractor().Extract(ReportSource.FromFile(SharedData.Passage("dev-11-fuzhou-2025-communique.html")));
        Assert.NotEmpty(result.Records);
        Assert.All(result.Records, r => Assert.Equal(DocumentKind.Communique, r.DocKind));
    }

    private static IReadOnlyList<IndicatorRecord> Extract(string text) =>
        new IndicatorExtractor().Extract(ReportSource.FromString(text, "kind.txt")).Records;

    [Fact]
    public void A_communique_reports_achieved_figures_of_its_own_year()
    {
        var records = Extract("2025年某市国民经济和社会发展统计公报\n一、综合\n全年实现地区生产总值1500.5亿元，比上年增长5.6%。2025年末常住人口85.2万人。");
        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.False(r.IsTarget));
        Assert.All(records, r => Assert.Equal((2025, 2025), (r.PeriodStart, r.PeriodEnd)));
        Assert.Equal(2024, records[1].BaseYear);
    }

    [Fact]
    public void A_communique_still_states_a_target_where_its_sentence_says_so()
    {
        var records = Extract("2025年某市国民经济和社会发展统计公报\n一、综合\n全年实现地区生产总值1500.5亿元。预期目标是2026年地区生产总值增长5%左右。");
        Assert.False(records[0].IsTarget);
        Assert.True(records[1].IsTarget);
    }

    [Fact]
    public void A_news_article_dates_its_figures_from_its_date_line_not_its_file_name()
    {
        const string article = "2026年08月11日 星期二\n第1版：要闻\n某市高质量发展迈出坚实步伐\n本报记者 张三\n五年来，全市经济稳步增长。\n2025年全市地区生产总值达1045.2亿元，同比增长6.2%。累计实施重点项目267个。";
        var records = new IndicatorExtractor().Extract(ReportSource.FromString(article, "city-2024-news.txt")).Records;
        Assert.All(records, r => Assert.False(r.IsTarget));
        Assert.Equal((2025, 2025), (records[0].PeriodStart, records[0].PeriodEnd));
        Assert.Equal((2021, 2025), (records[^1].PeriodStart, records[^1].PeriodEnd));
    }

    [Theory]
    [InlineData("gov-report-2026-henan-province.txt", "河南省", "410000")]
    [InlineData("gov-report-2026-neimenggu-autonomous-region.txt", "内蒙古自治区", "150000")]
    [InlineData("gov-report-2026-shanghai-municipality.txt", "上海市", "310000")]
    [InlineData("gov-report-2025-national-state-council.txt", "全国", null)]
    public void A_province_level_region_gets_its_GB_T_2260_code_and_the_country_none(string file, string region, string? code)
    {
        var metadata = HongqiExtract.Reading.ReportReader.Read(HongqiExtract.Reading.ReportSource.FromFile(SharedData.Real(file))).Metadata;
        Assert.Equal(region, metadata.Region);
        Assert.Equal(code, metadata.RegionCode);
    }
}
