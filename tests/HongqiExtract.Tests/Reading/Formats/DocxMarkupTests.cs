using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Tests.Reading.Formats;

/// <summary>
/// The WordprocessingML the reader meets in real files, written by the Open XML SDK (a writer
/// independent of the reader): tracked changes, fields, tabs, content controls, merged and spanned
/// cells, styles based on styles, the core title, strict namespaces and hostile XML.
/// </summary>
public class DocxMarkupTests
{
    private static string BodyText(DocxFixture fixture) =>
        ReportReader.Read(ReportSource.FromBytes(fixture.Build(), "markup.docx")).Text;

    private static Paragraph Runs(params Run[] runs) => new(runs);

    [Fact]
    public void Deleted_text_and_field_codes_are_not_read_inserted_text_is()
    {
        var paragraph = new Paragraph(
            new Run(new Text("粮食产量")),
            new DeletedRun(new Run(new DeletedText("一千万吨"))) { Id = "1", Author = "a" },
            new InsertedRun(new Run(new Text("1200万吨"))) { Id = "2", Author = "a" },
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(new Text("。")));
        Assert.Equal("粮食产量1200万吨。", BodyText(new DocxFixture().Element(paragraph)).Trim());
    }

    [Fact]
    public void A_tab_in_a_run_is_a_tab_and_a_break_ends_a_line()
    {
        var paragraph = new Paragraph(
            new Run(new Text("地区生产总值"), new TabChar(), new Text("1200亿元"), new Break(), new Text("增长5.2%")));
        string text = BodyText(new DocxFixture().Element(paragraph));
        Assert.Contains("地区生产总值\t1200亿元", text, StringComparison.Ordinal);
        Assert.Matches("1200亿元\\s+增长5.2%", text);
    }

    [Fact]
    public void A_content_control_around_paragraphs_is_opened()
    {
        var control = new SdtBlock(new SdtProperties(new SdtAlias { Val = "正文" }),
            new SdtContentBlock(Runs(new Run(new Text("城镇新增就业2.1万人。")))));
        Assert.Contains("城镇新增就业2.1万人。", BodyText(new DocxFixture().Element(control)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraphs_outline_level_or_its_styles_base_makes_it_a_heading()
    {
        var outlined = new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 0 }), new Run(new Text("一、经济运行")));
        var styled = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Chapter" }), new Run(new Text("（一）工业")));
        var document = ReportReader.Read(ReportSource.FromBytes(new DocxFixture()
            .Element(outlined).Paragraphs(["全市地区生产总值增长5.2%。"])
            .Element(styled).Paragraphs(["规模以上工业增加值增长6.1%。"]).Build(), "outline.docx"));
        var headings = document.Sections.Where(s => s.Level > 0).Select(s => (document.Slice(s.HeadingSpan), s.Level)).ToArray();
        Assert.Equal([("一、经济运行", 1), ("（一）工业", 2)], headings);
    }

    [Fact]
    public void Without_a_title_paragraph_the_core_properties_title_is_the_documents()
    {
        var document = ReportReader.Read(ReportSource.FromBytes(new DocxFixture()
            .CoreTitle("2023年某县政府工作报告").Paragraphs(["全县地区生产总值增长6%。"]).Build(), "core.docx"));
        Assert.Equal("2023年某县政府工作报告", document.Metadata.Title);
    }

    [Fact]
    public void Grid_before_and_spans_place_cells_so_a_vertical_merge_meets_its_column()
    {
        // Row 2 starts one grid column in; its second cell sits under the first row's third column.
        static TableCell Cell(string text, TableCellProperties? properties = null) =>
            properties is null ? new TableCell(Runs(new Run(new Text(text)))) : new TableCell(properties, Runs(new Run(new Text(text))));
        var table = new Table(
            new TableRow(Cell("指标"), Cell("单位", new TableCellProperties(new GridSpan { Val = 2 })), Cell("数值", new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }))),
            new TableRow(new TableRowProperties(new GridBefore { Val = 1 }), Cell("万吨", new TableCellProperties(new GridSpan { Val = 2 })), Cell("", new TableCellProperties(new VerticalMerge()))),
            new TableRow(Cell("粮食"), Cell("万吨", new TableCellProperties(new GridSpan { Val = 2 })), Cell("85.26")));
        var document = ReportReader.Read(ReportSource.FromBytes(new DocxFixture().Element(table).Build(), "grid.docx"));
        var rows = Assert.Single(document.Tables).Rows;
        Assert.Equal(["指标", "单位", "单位", "数值"], rows[0].Cells.Select(c => c?.Text ?? "").ToArray());
        // 数值 merges down into the second row's fourth grid column, where its continuation sits after the grid-before gap.
        Assert.Equal("数值", rows[1].Cells[3]?.Text);
        Assert.Equal("85.26", rows[2].Cells[3]?.Text);
    }

    [Fact]
    public void A_strict_open_xml_document_is_read_as_a_transitional_one()
    {
        var transitional = new DocxFixture().Heading("一、工作回顾", 1).Paragraphs(["全市地区生产总值增长5.2%。"]).Build();
        var strict = Rewrite(transitional, xml => xml
            .Replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main", StringComparison.Ordinal)
            .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/", "http://purl.oclc.org/ooxml/officeDocument/relationships/", StringComparison.Ordinal));
        Assert.NotEqual(transitional, strict);
        var read = ReportReader.Read(ReportSource.FromBytes(strict, "strict.docx"));
        Assert.Contains("增长5.2%", read.Text, StringComparison.Ordinal);
        Assert.Equal(["一、工作回顾"], read.Sections.Where(s => s.Level == 1).Select(s => read.Slice(s.HeadingSpan)).ToArray());
    }

    [Fact]
    public void A_document_part_with_a_dtd_is_refused_naming_the_input()
    {
        var bytes = Rewrite(new DocxFixture().Paragraphs(["全市地区生产总值增长5.2%。"]).Build(), xml => xml.Contains("<w:document", StringComparison.Ordinal)
            ? xml.Replace("<w:document", "<!DOCTYPE lol [<!ENTITY lol \"lol\">]><w:document", StringComparison.Ordinal) : xml);
        var error = Assert.Throws<ReportReadException>(() => ReportReader.Read(ReportSource.FromBytes(bytes, "dtd.docx")));
        Assert.Equal("dtd.docx", error.Input);
        Assert.Contains("broken XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_main_part_that_is_not_wordprocessing_xml_is_an_error_naming_the_input()
    {
        var bytes = Rewrite(new DocxFixture().Paragraphs(["增长5.2%。"]).Build(), xml => xml.Contains("<w:document", StringComparison.Ordinal) ? "<html><body>增长5.2%。</body></html>" : xml);
        var error = Assert.Throws<ReportReadException>(() => new IndicatorExtractor().Extract(ReportSource.FromBytes(bytes, "html-inside.docx")));
        Assert.Equal("html-inside.docx", error.Input);
    }

    /// <summary>The package with every XML entry passed through <paramref name="edit"/>.</summary>
    private static byte[] Rewrite(byte[] package, Func<string, string> edit)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                string text = edit(reader.ReadToEnd());
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return output.ToArray();
    }
}
