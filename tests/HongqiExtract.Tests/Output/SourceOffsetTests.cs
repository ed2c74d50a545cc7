using HongqiExtract.Normalization;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Tests.Output;

/// <summary>source_start/source_end point into the decoded source, past what cleaning removed.</summary>
public class SourceOffsetTests
{
    private static readonly IndicatorExtractor Extractor = new();

    [Fact]
    public void Every_record_of_the_real_corpus_slices_the_same_text_from_its_source()
    {
        int shifted = 0;
        foreach (var file in Directory.GetFiles(SharedData.Path("corpus", "real"), "*.txt").Order(StringComparer.Ordinal))
        {
            var result = Extractor.Extract(ReportSource.FromFile(file));
            foreach (var r in result.Records)
            {
                Assert.NotNull(r.SourceStart);
                var fromSource = CharNormalizer.Normalize(result.Document.SourceText[r.SourceStart!.Value..r.SourceEnd!.Value]);
                Assert.Equal(result.Document.Text[r.Start..r.End], fromSource);
                if (r.SourceStart != r.Start) shifted++;
            }
        }
        // Cleaning removes boilerplate in some of these files: the offsets must differ there, or the test shows nothing.
        Assert.True(shifted > 0, "no record's source offset differs from its text offset");
    }

    [Fact]
    public void A_removed_comment_before_the_value_shifts_the_source_offset_by_its_length()
    {
        const string comment = "<!-- 页面统计代码 -->\n";
        var result = Extractor.Extract(ReportSource.FromString(comment + "全年地区生产总值6.66万亿元。", "page.txt", SourceFormat.PlainText));
        var record = Assert.Single(result.Records);
        Assert.Equal("6.66万亿元", result.Document.SourceText[record.SourceStart!.Value..record.SourceEnd!.Value]);
        Assert.True(record.SourceStart > record.Start);
    }
}
