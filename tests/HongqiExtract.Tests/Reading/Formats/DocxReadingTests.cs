using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Tests.Reading.Formats;

/// <summary>Word documents: heading styles as sections, list items as paragraphs, tables into the table model, footnotes left out.</summary>
public class DocxReadingTests
{
    private static byte[] Report() => new DocxFixture()
        .Title("2021年某市政府工作报告")
        .Heading("一、2020年工作回顾", 1)
        .Paragraphs(["全市地区生产总值达到1200亿元，比上年增长5.2%。"])
        .ListItem("城镇新增就业2.1万人。")
        .ListItem("新建学校12所。")
        .WithFootnote("一般公共预算收入完成85亿元。", "注：本报告一般公共预算收入为快报数，终值999亿元以决算为准。")
        .Heading("二、2021年主要目标", 1)
        .Paragraphs(["地区生产总值增长6%以上。", "表1 2020年主要农产品产量"])
        .Table([["产品", "单位", "产量"], ["粮食", "万吨", "85.26"], ["蔬菜", "^", "120.5"]])
        .Paragraphs(["注：产量为全年数。"])
        .Build();

    [Fact]
    public void Heading_styles_make_sections_and_list_items_are_paragraphs()
    {
        var document = ReportReader.Read(ReportSource.FromBytes(Report(), "report.docx"));
        Assert.Equal(["一、2020年工作回顾", "二、2021年主要目标"], document.Sections.Where(s => s.Level == 1).Select(s => document.Slice(s.HeadingSpan)).ToArray());
        Assert.Contains("城镇新增就业2.1万人。", document.Text, StringComparison.Ordinal);
        Assert.Equal("2021年某市政府工作报告", document.Metadata.Title);
        Assert.Equal(2021, document.Metadata.ReportYear);
    }

    [Fact]
    public void A_footnote_is_not_body_text()
    {
        var result = new IndicatorExtractor().Extract(ReportSource.FromBytes(Report(), "report.docx"));
        Assert.DoesNotContain("快报数", result.Document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Records, r => r.Value == 999);
        Assert.Contains(result.Records, r => r.Name == "一般公共预算收入" && r.Value == 85);
    }

    [Fact]
    public void A_table_keeps_its_caption_note_and_merged_unit_cell()
    {
        var result = new IndicatorExtractor().Extract(ReportSource.FromBytes(Report(), "report.docx"));
        var table = Assert.Single(result.Document.Tables);
        Assert.Equal("表1 2020年主要农产品产量", table.Caption);
        Assert.Equal("注：产量为全年数。", table.Note);
        var cells = result.Records.Where(r => r.TableCell is not null).OrderBy(r => r.TableCell!.Row).ToList();
        Assert.Equal(["粮食产量", "蔬菜产量"], cells.Select(r => r.Name ?? "").ToArray());
        // The unit cell merged down from 粮食 covers 蔬菜 too.
        Assert.All(cells, r => Assert.Equal("万吨", r.Unit));
        Assert.Equal([85.26m, 120.5m], cells.Select(r => r.Value).ToArray());
        Assert.All(cells, r => Assert.Equal((2020, 2020), (r.PeriodStart, r.PeriodEnd)));
    }

    [Fact]
    public void A_broken_docx_is_an_error_naming_it()
    {
        var bytes = Report();
        // Cut the package short: its central directory is gone.
        var error = Assert.Throws<ReportReadException>(() => ReportReader.Read(ReportSource.FromBytes(bytes[..(bytes.Length * 2 / 3)], "cut.docx")));
        Assert.Equal("cut.docx", error.Input);
    }
}
