using System.IO.Compression;
using System.Text;
using HongqiExtract.Documents;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Tests.Reading.Formats;

/// <summary>
/// The formats archives hold, read by their content: the sample article rendered here into PDF, Word,
/// OFD and gzip gives the records of its .txt; what cannot be read is an error naming the input.
/// </summary>
public class FormatReadingTests
{
    private static readonly IndicatorExtractor Extractor = new();
    private static readonly string SamplePath = Path.Combine(SharedData.RepoRoot, "samples", "dev-01-hongqi-district-5-years.txt");

    /// <summary>The sample's paragraphs as its text file has them, one a line, blank lines dropped.</summary>
    internal static List<string> SampleParagraphs() =>
        File.ReadAllLines(SamplePath).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static readonly Lazy<byte[]> SamplePdf = new(() => new PdfFixture().Paragraphs(SampleParagraphs()).Build());

    /// <summary>Name, value, unit, kind, period and target of every record, in order: what must not depend on the format.</summary>
    private static List<string> Meaning(IEnumerable<IndicatorRecord> records) =>
        records.Select(r => $"{r.Name}|{r.Value}|{r.Unit}|{r.Kind}|{r.PeriodStart}-{r.PeriodEnd}|{r.IsTarget}").ToList();

    private static List<string> TextRecords() => Meaning(Extractor.Extract(ReportSource.FromFile(SamplePath)).Records);

    public static TheoryData<string> Formats => ["pdf", "docx", "ofd", "txt.gz"];

    private static byte[] Render(string format) => format switch
    {
        "pdf" => RequireFont(SamplePdf),
        "docx" => new DocxFixture().Paragraphs(SampleParagraphs()).Build(),
        "ofd" => OfdFixture.Build(SampleParagraphs(), "红旗区 砥砺奋进的 5 年"),
        "txt.gz" => Gzip(File.ReadAllBytes(SamplePath)),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_sample_article_in_each_format_gives_the_records_of_its_text(string format)
    {
        var expected = TextRecords();
        Assert.True(expected.Count >= 25, $"the .txt gives only {expected.Count} records");
        // Named .bin: the content decides, not the extension.
        var result = Extractor.Extract(ReportSource.FromBytes(Render(format), "sample." + format + ".bin"));
        Assert.Equal(expected, Meaning(result.Records));
    }

    [Fact]
    public void A_pdf_keeps_its_pages_and_drops_running_headers_and_page_numbers()
    {
        var document = ReportReader.Read(ReportSource.FromBytes(RequireFont(SamplePdf), "sample.pdf"));
        Assert.True(document.Pages.Count >= 2, $"{document.Pages.Count} pages");
        Assert.DoesNotContain("内部资料", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("- 2 -", document.Text, StringComparison.Ordinal);
        // Pages follow each other and cover the text.
        Assert.Equal(0, document.Pages[0].Start);
        Assert.Equal(document.Text.Length, document.Pages[^1].End);
        for (int i = 1; i < document.Pages.Count; i++) Assert.True(document.Pages[i].Start >= document.Pages[i - 1].End);
        // The longest paragraph runs over a page break and is still one paragraph.
        string longest = SampleParagraphs().MaxBy(p => p.Length)!;
        Assert.Contains(longest.Replace(" ", "", StringComparison.Ordinal)[..200], document.Text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_record_has_no_source_offsets_since_the_format_has_no_characters_of_its_own()
    {
        var records = Extractor.Extract(ReportSource.FromBytes(RequireFont(SamplePdf), "sample.pdf")).Records;
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Null(r.SourceStart));
    }

    [Fact]
    public void Two_columns_are_read_one_after_the_other()
    {
        string[] left = ["左栏第一段：全区地区生产总值达到377.9亿元，比上年增长6.5%，经济运行稳中有进，发展质量持续提升。", "左栏第二段：一般公共预算收入突破10亿元。"];
        string[] right = ["右栏第一段：城镇新增就业1.2万人，城镇登记失业率控制在3.5%以内，民生保障有力有效。", "右栏第二段：新建学校5所。"];
        var pdf = RequireFont(new Lazy<byte[]>(() => new PdfFixture().TwoColumns("二〇二〇年工作回顾", left, right).Build()));
        var text = ReportReader.Read(ReportSource.FromBytes(pdf, "columns.pdf")).Text;
        int[] order = [.. left.Concat(right).Select(p => text.IndexOf(p[..6], StringComparison.Ordinal))];
        Assert.All(order, at => Assert.True(at >= 0, text));
        Assert.Equal(order.Order(), order);
        Assert.Contains(left[0], text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_table_printed_in_columns_goes_to_the_table_model()
    {
        var pdf = RequireFont(new Lazy<byte[]>(() => new PdfFixture()
            .Paragraphs(["2025年某市国民经济和社会发展统计公报", "全年粮食产量保持稳定。"])
            .Table("表1 2025年主要农产品产量", [["产品名称", "单位", "产量", "比上年增长(%)"], ["粮食", "万吨", "85.26", "1.2"], ["蔬菜", "万吨", "120.50", "-0.4"]])
            .Build()));
        var result = Extractor.Extract(ReportSource.FromBytes(pdf, "communique.pdf"));
        Assert.Single(result.Document.Tables);
        var cells = result.Records.Where(r => r.TableCell is not null).Select(r => $"{r.Name}|{r.Value}|{r.Unit}|{r.Kind}").ToList();
        Assert.Equal(["粮食产量|85.26|万吨|Level", "粮食产量|1.2|%|Growth", "蔬菜产量|120.50|万吨|Level", "蔬菜产量|-0.4|%|Growth"], cells);
    }

    [Fact]
    public void A_scanned_page_is_a_diagnostic_and_a_scanned_pdf_an_error()
    {
        var mixed = RequireFont(new Lazy<byte[]>(() => new PdfFixture().Paragraphs(["全区地区生产总值达到377.9亿元。"]).ScannedPage().Build()));
        var document = ReportReader.Read(ReportSource.FromBytes(mixed, "mixed.pdf"));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.PageWithoutText && d.Message.Contains("page 2", StringComparison.Ordinal));

        var scan = new PdfFixture { Header = null }.ScannedPage().ScannedPage().Build();
        var error = Assert.Throws<ReportReadException>(() => ReportReader.Read(ReportSource.FromBytes(scan, "scan.pdf")));
        Assert.Equal("scan.pdf", error.Input);
        Assert.Contains("no text layer: scanned PDF, OCR is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_pdf_a_legacy_doc_and_a_broken_gzip_are_errors_naming_the_input()
    {
        var pdf = Assert.Throws<ReportReadException>(() => ReportReader.Read(ReportSource.FromBytes("%PDF-1.7\n1 0 obj garbage"u8.ToArray(), "broken.pdf")));
        Assert.Equal("broken.pdf", pdf.Input);
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var doc = Assert.Throws<ReportReadException>(() => ReportReader.Read(ReportSource.FromBytes(ole, "old.doc")));
        Assert.Contains("convert it to .docx", doc.Message, StringComparison.Ordinal);
        var gzip = Gzip("全区地区生产总值达到377.9亿元。"u8.ToArray());
        var cut = Assert.Throws<ReportReadException>(() => ReportReader.Read(ReportSource.FromBytes(gzip[..(gzip.Length / 2)], "cut.txt.gz")));
        Assert.Equal("cut.txt.gz", cut.Input);
    }

    [Fact]
    public void A_gzip_inside_a_gzip_and_a_gzip_bomb_are_refused()
    {
        var twice = Gzip(Gzip("全区地区生产总值达到377.9亿元。"u8.ToArray()));
        Assert.Contains("gzip inside gzip", Assert.Throws<ReportReadException>(() => ReportReader.Read(ReportSource.FromBytes(twice, "twice.gz"))).Message, StringComparison.Ordinal);
        var bomb = Gzip(new byte[4 * 1024 * 1024]);
        var options = new ReaderOptions(MaxDocumentBytes: 1024 * 1024);
        Assert.Contains("inflates to more than", Assert.Throws<ReportReadException>(() => ReportReader.Read(ReportSource.FromBytes(bomb, "bomb.txt.gz"), options)).Message, StringComparison.Ordinal);
    }

    internal static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return output.ToArray();
    }

    /// <summary>The PDF fixtures need a CJK TrueType font from Debian's fonts-arphic-gbsn00lp, which .ci/run installs.</summary>
    private static byte[] RequireFont(Lazy<byte[]> pdf)
    {
        Assert.True(File.Exists(PdfFixture.FontPath), $"{PdfFixture.FontPath} is missing: apt-get install fonts-arphic-gbsn00lp (.ci/run does)");
        Assert.True(File.Exists(PdfFixture.LatinFontPath), $"{PdfFixture.LatinFontPath} is missing: apt-get install fonts-dejavu-core (.ci/run does)");
        Assert.True(File.Exists(PdfFixture.FallbackFontPath), $"{PdfFixture.FallbackFontPath} is missing: apt-get install fonts-droid-fallback (.ci/run does)");
        return pdf.Value;
    }

}
