using HongqiExtract.Documents;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Tests.Reading;

/// <summary>A reader written outside the package, against its public seam only, plugs into extraction.</summary>
public class ReaderSeamTests
{
    /// <summary>Markdown: # lines are headings of their level, other lines paragraphs.</summary>
    private sealed class MarkdownReader : IReportReader
    {
        public string Format => "markdown";

        public bool CanRead(SourceContent content) => content.Id.EndsWith(".md", StringComparison.Ordinal);

        public ReportDocument Read(SourceContent content)
        {
            var builder = content.CreateBuilder();
            foreach (var line in content.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int level = line.TakeWhile(c => c == '#').Count();
                if (level > 0) builder.AddHeading(line[level..].Trim(), level);
                else builder.AddParagraph(line);
            }
            return builder.Build();
        }
    }

    private const string Markdown = "# 经济发展\n## 工业\n全年规模以上工业增加值增长6.2%。\n";

    [Fact]
    public void A_registered_reader_reads_its_format_and_its_headings_become_sections()
    {
        var options = new ExtractorOptions(ReaderOptions.Default with { Readers = [new MarkdownReader()] });
        var result = new IndicatorExtractor(options).Extract(ReportSource.FromString(Markdown, "report.md"));
        var record = Assert.Single(result.Records);
        Assert.Equal("经济发展 / 工业", record.Section);
        Assert.Equal("规模以上工业增加值", record.Name);
        Assert.Equal(6.2m, record.Value);
    }

    [Fact]
    public void Without_the_reader_the_same_source_is_plain_text_and_the_marks_stay_in_it()
    {
        var document = ReportReader.Read(ReportSource.FromString(Markdown, "report.md"));
        Assert.Contains("# 经济发展", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Sections, s => s.Heading == "经济发展");
    }

    [Fact]
    public void A_reader_that_declines_leaves_the_source_to_the_built_in_readers()
    {
        var options = ReaderOptions.Default with { Readers = [new MarkdownReader()] };
        var document = ReportReader.Read(ReportSource.FromString("<html><body><h2>一、工业</h2><p>增加值增长6.2%。</p></body></html>", "page.html"), options);
        Assert.Equal("一、工业", Assert.Single(document.Sections).Heading);
    }

    private sealed class BrokenReader : IReportReader
    {
        public string Format => "broken";

        public bool CanRead(SourceContent content) => true;

        public ReportDocument Read(SourceContent content) => throw new InvalidOperationException("index out of step");
    }

    private sealed class PeekingReader : IReportReader
    {
        public int Peeks { get; private set; }

        public string Format => "peeking";

        public bool CanRead(SourceContent content)
        {
            Peeks++;
            try { _ = content.Bytes; } catch (ReportReadException) { }
            return false;
        }

        public ReportDocument Read(SourceContent content) => throw new NotSupportedException();
    }

    [Fact]
    public void A_failing_plug_in_reader_is_an_error_naming_the_input_and_the_reader()
    {
        var options = ReaderOptions.Default with { Readers = [new BrokenReader()] };
        var e = Assert.Throws<ReportReadException>(() => ReportReader.Read(ReportSource.FromString("全年增长5%。", "odd.txt"), options));
        Assert.Equal("odd.txt", e.Input);
        Assert.Contains("broken reader failed: index out of step", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_that_failed_fails_again_and_the_stream_is_not_read_twice()
    {
        var stream = new MemoryStream(new byte[5000]);
        var peeking = new PeekingReader();
        var options = ReaderOptions.Default with { MaxDocumentBytes = 1000, Readers = [peeking] };
        var e = Assert.Throws<ReportReadException>(() => ReportReader.Read(ReportSource.FromStream(stream, "big.txt"), options));
        Assert.Equal(1, peeking.Peeks);
        Assert.Contains("exceeds the limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_builder_from_the_content_carries_the_report_year_override()
    {
        var options = new ExtractorOptions(ReaderOptions.Default with { ReportYear = 2024, Readers = [new MarkdownReader()] });
        var result = new IndicatorExtractor(options).Extract(ReportSource.FromString("全年规模以上工业增加值增长6.2%。", "report.md"));
        Assert.Equal(2024, result.Document.Metadata.ReportYear);
        Assert.Equal(2023, Assert.Single(result.Records).PeriodStart);
    }

    [Fact]
    public void A_paragraph_block_with_line_breaks_is_a_paragraph_per_line_and_headings_stay_in_place()
    {
        var document = new DocumentBuilder("x").AddParagraph("甲\n乙").AddHeading("一、工业", 1).AddParagraph("增加值增长6.2%。").Build();
        Assert.Equal(4, document.Paragraphs.Count);
        var section = Assert.Single(document.Sections);
        Assert.Equal("一、工业", section.Heading);
        Assert.Equal(2, document.Text[..section.HeadingSpan.Start].Count(c => c == '\n'));
        Assert.Throws<ArgumentException>(() => new DocumentBuilder("x").AddHeading("一、\n工业", 1));
    }

    [Fact]
    public void The_builder_refuses_a_heading_level_below_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentBuilder("x").AddHeading("一、工业", 0));
}
