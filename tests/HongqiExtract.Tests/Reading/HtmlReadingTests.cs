using HongqiExtract.Reading;
namespace HongqiExtract.Tests.Reading;

public class HtmlReadingTests
{
    private static string SamplePath(string name) => Path.Combine(SharedData.RepoRoot, "samples", name);

    [Fact]
    public void Html_rendering_of_the_sample_reads_to_the_same_text_as_the_plain_file()
    {
        var html = ReportReader.Read(ReportSource.FromFile(SamplePath("dev-01-hongqi-district-5-years.html")));
        var plain = ReportReader.Read(ReportSource.FromFile(SamplePath("dev-01-hongqi-district-5-years.txt")));
        Assert.Equal(plain.Text, html.Text);
        Assert.Equal("红旗区 砥砺奋进的 5 年", html.Metadata.Title);
        Assert.Equal(new DateOnly(2021, 3, 29), html.Metadata.Date);
    }

    [Fact]
    public void Boilerplate_around_the_content_is_dropped()
    {
        var html = ReportReader.Read(ReportSource.FromFile(SamplePath("dev-01-hongqi-district-5-years.html")));
        foreach (var junk in new[] { "首页", "分享到", "备案号", "版权所有", "analytics", "trackPageView", "font-family", "当前位置" })
            Assert.DoesNotContain(junk, html.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_list_items_and_table_cells_become_blocks()
    {
        const string page = """
            <html><head><title>2025年统计公报</title></head><body>
            <div id="nav"><ul><li>首页</li><li>新闻</li></ul></div>
            <div class="content">
              <h2>一、综合</h2>
              <p>全年地区生产总值<b>6.66</b>万亿元，增长5.6%。</p>
              <ul><li>粮食产量1300亿斤。</li><li>进出口9356.7亿元。</li></ul>
              <table><tr><th>指标</th><th>数值</th></tr><tr><td>人口</td><td>9785万人</td></tr></table>
            </div>
            <div class="footer">联系我们</div>
            </body></html>
            """;
        var document = ReportReader.Read(ReportSource.FromString(page, "bulletin.html"));
        Assert.Equal("一、综合\n全年地区生产总值6.66万亿元，增长5.6%。\n粮食产量1300亿斤。\n进出口9356.7亿元。\n指标\t数值\n人口\t9785万人", document.Text);
        var section = Assert.Single(document.Sections);
        Assert.Equal("一、综合", section.Heading);
        Assert.Equal(2025, document.Metadata.ReportYear);
    }
}
