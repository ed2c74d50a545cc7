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
            var builder = new DocumentBuilder(content.Id) { Encoding = content.Encoding };
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

    [Fact]
    public void The_builder_refuses_a_heading_level_below_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentBuilder("x").AddHeading("一、工业", 0));
}
