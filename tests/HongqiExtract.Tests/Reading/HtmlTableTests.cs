using HongqiExtract.Documents;
using HongqiExtract.Reading;
using Xunit;

namespace HongqiExtract.Tests.Reading;

/// <summary>HTML tables as grids in the document model: captions, header rows, rowspan and colspan, spans into the text.</summary>
public class HtmlTableTests
{
    private static ReportDocument Read(string html) => ReportReader.Read(ReportSource.FromString(html, "table.html"));

    [Fact]
    public void The_communique_passage_has_its_four_tables_with_captions_and_cells_that_point_into_the_text()
    {
        var document = ReportReader.Read(ReportSource.FromFile(SharedData.Passage("dev-11-fuzhou-2025-communique.html")));
        Assert.Equal(4, document.Tables.Count);
        Assert.All(document.Tables, t => Assert.StartsWith("表", t.Caption, StringComparison.Ordinal));
        var crops = document.Tables.Single(t => t.Caption!.Contains("主要农产品产量", StringComparison.Ordinal));
        Assert.Equal((13, 3, 1), (crops.Rows.Count, crops.ColumnCount, crops.HeaderRowCount));
        Assert.Equal(["产品名称", "产量(万吨)", "比上年增长(%)"], crops.Rows[0].Cells.Select(c => c!.Text));
        var grain = crops.Rows[1].Cells;
        Assert.Equal("粮食", grain[0]!.Text);
        Assert.Equal("50.49", document.Slice(grain[1]!.Span));
        Assert.Equal("粮食\t50.49\t1.1", document.Slice(crops.Rows[1].Span));
        Assert.StartsWith("表2", document.Slice(crops.Span), StringComparison.Ordinal);
        Assert.All(document.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).OfType<TableCell>(), c => Assert.Equal(c.Text, document.Slice(c.Span)));
    }

    [Fact]
    public void Rowspan_and_colspan_fill_every_place_they_cover()
    {
        var document = Read("""
            <html><body><p>全年地区生产总值稳定增长。</p>
            <table><caption>表5 两级表头</caption>
            <tr><th rowspan="2">指标</th><th colspan="2">2025年</th></tr>
            <tr><th>绝对数</th><th>比上年增长(%)</th></tr>
            <tr><td>地区生产总值（亿元）</td><td>12000</td><td>5.5</td></tr>
            </table></body></html>
            """);
        var table = Assert.Single(document.Tables);
        Assert.Equal("表5 两级表头", table.Caption);
        Assert.Equal((3, 3, 2), (table.Rows.Count, table.ColumnCount, table.HeaderRowCount));
        Assert.Equal(["指标", "2025年", "2025年"], table.Rows[0].Cells.Select(c => c!.Text));
        Assert.Equal(["指标", "绝对数", "比上年增长(%)"], table.Rows[1].Cells.Select(c => c!.Text));
        Assert.Same(table.Rows[0].Cells[0], table.Rows[1].Cells[0]);
        Assert.Equal("12000", document.Slice(table.Rows[2].Cells[1]!.Span));
    }

    [Fact]
    public void A_layout_table_holding_paragraphs_stays_prose()
    {
        var document = Read("""
            <html><body><table><tr><td><p>全年粮食产量50.49万吨，比上年增长1.1%。</p><p>全年水产品总产量331.27万吨。</p></td></tr></table></body></html>
            """);
        Assert.Empty(document.Tables);
        Assert.Contains("全年粮食产量50.49万吨", document.Text, StringComparison.Ordinal);
        Assert.Equal(2, document.Paragraphs.Count(p => p.Kind == ParagraphKind.Body));
    }

    [Fact]
    public void A_reader_of_ones_own_adds_a_table_through_the_builder()
    {
        var document = new DocumentBuilder("own.txt")
            .AddParagraph("一、农业")
            .AddTable(new TableBlock("表1 产量", [[new("产品", true), new("产量(万吨)", true)], [new("粮食"), new("50.49")], [new(""), new("")]]))
            .Build();
        var table = Assert.Single(document.Tables);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(new TextSpan(0, 0), table.Rows[2].Span);
        Assert.Equal("粮食\t50.49", document.Slice(table.Rows[1].Span));
        Assert.Equal("一、农业\n表1 产量\n产品\t产量(万吨)\n粮食\t50.49", document.Text);
    }

    [Fact]
    public void A_caption_paragraph_a_unit_line_and_notes_around_a_table_are_attached_to_it()
    {
        var document = Read("""
            <html><body><p>表3 2025年一般公共预算收支</p><p>单位：亿元</p>
            <table><tr><td>项目</td><td>绝对数</td></tr><tr><td>一般公共预算收入</td><td>812.35</td></tr></table>
            <p>注：增长速度按同口径计算。</p><p>全年一般公共预算收入812.35亿元。</p></body></html>
            """);
        var table = Assert.Single(document.Tables);
        Assert.Equal("表3 2025年一般公共预算收支", table.Caption);
        Assert.Equal("单位：亿元\n注：增长速度按同口径计算。", table.Note);
        Assert.Equal(1, document.Text.Split('\n').Count(l => l == "表3 2025年一般公共预算收支"));
        Assert.Contains("全年一般公共预算收入812.35亿元。", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_as_Word_saves_it_with_a_paragraph_in_every_cell_is_data()
    {
        var document = Read("""
            <html><body><table><tr><td><p>指标</p></td><td><p>绝对数</p></td></tr><tr><td><p>建筑业总产值</p></td><td><p><span>2070.65</span></p></td></tr></table></body></html>
            """);
        var table = Assert.Single(document.Tables);
        Assert.Equal("2070.65", table.Rows[1].Cells[1]!.Text);
    }
}
