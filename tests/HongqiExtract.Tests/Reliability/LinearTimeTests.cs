using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using System.Diagnostics;
using System.Text;

namespace HongqiExtract.Tests.Reliability;

/// <summary>
/// Time grows linearly with input on every shape of input (D6, D7): each shape is run at two sizes,
/// and the larger may take at most its size ratio × 3 of the smaller (best of three runs each, after
/// a warm-up, so no wall-clock limit is asserted).
/// </summary>
public class LinearTimeTests
{
    private const int Ratio = 4;

    private static TimeSpan Best(Action work)
    {
        work();
        var best = TimeSpan.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            work();
            if (watch.Elapsed < best) best = watch.Elapsed;
        }
        return best;
    }

    private static void AssertLinear(string shape, Func<int, Action> workOfSize, int size)
    {
        var small = Best(workOfSize(size));
        var large = Best(workOfSize(size * Ratio));
        Assert.True(large.Ticks <= small.Ticks * Ratio * 3,
            $"{shape}: {size:N0} took {small.TotalMilliseconds:0.0} ms, {size * Ratio:N0} took {large.TotalMilliseconds:0.0} ms (more than {Ratio * 3}×)");
    }

    [Fact]
    public void Documents_of_short_lines_read_in_linear_time()
    {
        AssertLinear("short lines", lines =>
        {
            var text = new StringBuilder();
            for (int i = 0; i < lines; i++) text.Append("第").Append(i % 97).Append("行短句\n");
            var source = text.ToString();
            return () => ReportReader.Read(ReportSource.FromString(source, "short-lines.txt"));
        }, 50_000);
    }

    [Fact]
    public void Deeply_nested_html_reads_in_linear_time()
    {
        AssertLinear("deep nesting", depth =>
        {
            var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>全年地区生产总值6.66万亿元。</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
            return () => ReportReader.Read(ReportSource.FromString(html, "deep.html"));
        }, 10_000);
    }

    [Fact]
    public void One_huge_line_reads_in_linear_time()
    {
        AssertLinear("one huge line", length =>
        {
            var sentence = "全年地区生产总值6.66万亿元，增长5.6%；";
            var line = string.Concat(Enumerable.Repeat(sentence, length / sentence.Length));
            return () => ReportReader.Read(ReportSource.FromString(line, "huge-line.txt"));
            // Both sizes on the large-object heap: at 50,000 the read takes under a millisecond and the
            // heap's switch, not the algorithm, made the ratio.
        }, 200_000);
    }

    [Fact]
    public void Many_tiny_documents_extract_in_linear_time()
    {
        var extractor = new IndicatorExtractor();
        AssertLinear("many tiny documents", count => () =>
        {
            for (int i = 0; i < count; i++) extractor.Extract(ReportSource.FromString($"2025年工作回顾\n全年地区生产总值{i}.66万亿元，增长5.6%。", $"tiny-{i}.txt"));
        }, 100);
    }
}
