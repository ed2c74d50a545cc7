using HongqiExtract.Documents;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using Xunit;

namespace HongqiExtract.Tests.Reading;

/// <summary>Tables in plain text: found from a caption or a header line, cells split on tabs and runs of spaces, notes attached.</summary>
public class TextTableTests
{
    private static ReportDocument Read(string text) => ReportReader.Read(ReportSource.FromString(text, "table.txt"));

    [Fact]
    public void A_captioned_table_aligned_with_spaces_is_a_grid_with_its_unit_line_and_note()
    {
        var document = Read("一、农业\n表2 2025年主要农产品产量\n单位：万吨\n产品名称    本年    比上年增长(%)\n粮食    50.49    1.1\n注：本表为全口径。\n全年粮食产量50.49万吨。");
        var table = Assert.Single(document.Tables);
        Assert.Equal("表2 2025年主要农产品产量", table.Caption);
        Assert.Equal("单位：万吨\n注：本表为全口径。", table.Note);
        Assert.Equal((2, 3), (table.Rows.Count, table.ColumnCount));
        Assert.Equal(["粮食", "50.49", "1.1"], table.Rows[1].Cells.Select(c => c!.Text));
        Assert.Equal("粮食    50.49    1.1", document.Slice(table.Rows[1].Span));
        Assert.StartsWith("表2", document.Slice(table.Span), StringComparison.Ordinal);
        Assert.EndsWith("1.1", document.Slice(table.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_line_without_a_caption_starts_a_table_and_tab_separated_cells_split()
    {
        var document = Read("一、综合\n指标\t单位\t绝对数\n地区生产总值\t亿元\t12000\n常住人口\t万人\t845");
        var table = Assert.Single(document.Tables);
        Assert.Null(table.Caption);
        Assert.Equal(["常住人口", "万人", "845"], table.Rows[2].Cells.Select(c => c!.Text));
    }

    [Fact]
    public void A_group_row_stays_in_the_table_and_a_short_row_keeps_its_values_to_the_right()
    {
        var document = Read("表4 运输量\n指标    单位    绝对数    比上年增长(%)\n公路\n货物发送量    万吨    24387.28    -3.5\n旅客发送量    3540.67    4.2");
        var table = Assert.Single(document.Tables);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal("公路", table.Rows[1].Cells[0]!.Text);
        Assert.Equal([null, "3540.67", "4.2"], table.Rows[3].Cells.Skip(1).Select(c => c?.Text));
    }

    [Fact]
    public void Prose_with_spaces_and_a_sentence_starting_with_biao_are_not_tables()
    {
        var document = Read("一、综合\n全年地区生产总值  12000亿元，增长5.5%。\n表明全市经济    稳中向好    5.5\n表1 不完整\n只有一行文字");
        Assert.Empty(document.Tables);
    }

    [Fact]
    public void Finding_tables_in_long_text_takes_time_in_proportion_to_its_length()
    {
        string block = "表1 产量\n产品    产量(万吨)\n粮食    50.49\n全年粮食产量50.49万吨。\n";
        var small = Read(string.Concat(Enumerable.Repeat(block, 200)));
        var large = Read(string.Concat(Enumerable.Repeat(block, 2000)));
        Assert.Equal((200, 2000), (small.Tables.Count, large.Tables.Count));
    }

    [Fact]
    public void The_communique_as_a_text_dump_gives_the_records_its_HTML_tables_give()
    {
        var extractor = new IndicatorExtractor();
        var html = extractor.Extract(ReportSource.FromFile(SharedData.Passage("dev-11-fuzhou-2025-communique.html")));
        // The text view is what a text dump of the page holds: captions and rows as lines, cells split by tabs.
        var text = extractor.Extract(ReportSource.FromString(html.Document.Text, "dev-11.txt"));
        static IEnumerable<string> Cells(ExtractionResult result) =>
            result.Records.Where(r => r.TableCell is not null).Select(r => $"{r.TableCell} {r.Name} {r.Value} {r.Unit} {r.Kind} {r.PeriodStart}");
        Assert.Equal(101, Cells(html).Count());
        Assert.Equal(Cells(html), Cells(text));
        Assert.Equal(html.Document.Tables.Select(t => t.Caption), text.Document.Tables.Select(t => t.Caption));
    }
}
