using HongqiExtract.Documents;
using HongqiExtract.Reading;
using HongqiExtract.Normalization;

namespace HongqiExtract.Tests.Reading;

public class OffsetMapTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SharedData.Path("corpus", "real"), "*.txt").Order()) data.Add(Path.GetFileName(file));
        return data;
    }

    /// <summary>Property: every span of the normalized text maps back to source characters that normalize to it.</summary>
    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_span_maps_back_to_the_same_characters_in_the_source(string file)
    {
        var document = ReportReader.Read(ReportSource.FromFile(SharedData.Real(file)));
        var random = new Random(20261129);
        for (int i = 0; i < 2000; i++)
        {
            int start = random.Next(document.Text.Length);
            int length = random.Next(1, Math.Min(12, document.Text.Length - start) + 1);
            // Spans within one line: line ends are where cleaning joins distant source lines.
            var slice = document.Text.Substring(start, length);
            if (slice.Contains('\n', StringComparison.Ordinal)) continue;
            var source = document.OffsetMap.ToSource(new TextSpan(start, start + length));
            var original = document.SourceText.Substring(source.Start, source.Length);
            if (original.Contains("<!--", StringComparison.Ordinal) || original.Contains("<U+00A0>", StringComparison.Ordinal)) continue;
            Assert.Equal(slice, CharNormalizer.Normalize(original));
        }
    }

    [Fact]
    public void Full_width_characters_normalize_one_for_one()
    {
        const string source = "国内生产总值达到４３８００亿元，增长１．４倍，占比８５％。ＧＤＰ";
        var normalized = CharNormalizer.Normalize(source);
        Assert.Equal("国内生产总值达到43800亿元，增长1.4倍，占比85%。GDP", normalized);
        Assert.Equal(source.Length, normalized.Length);
    }

    [Fact]
    public void Removed_debris_shifts_offsets_and_the_map_follows()
    {
        var document = ReportReader.Read(ReportSource.FromString("<!-- nav -->\n<U+00A0>\n下载\n　　增长１２％。\r\n第二行", "x.txt"));
        Assert.Equal("增长12%。\n第二行", document.Text);
        int at = document.Text.IndexOf("12", StringComparison.Ordinal);
        var source = document.OffsetMap.ToSource(new TextSpan(at, at + 3));
        Assert.Equal("１２％", document.SourceText.Substring(source.Start, source.Length));
        int second = document.Text.IndexOf("第二行", StringComparison.Ordinal);
        Assert.Equal("第二行", document.SourceText.Substring(document.OffsetMap.ToSource(second), 3));
    }

    [Fact]
    public void The_text_builder_grows_past_its_capacity_and_keeps_every_offset()
    {
        // The cleaner sizes it to the source; a reader that adds more must lose nothing.
        var source = string.Concat(Enumerable.Repeat("全年增长5%。\n", 40));
        var builder = new HongqiExtract.Documents.MappedTextBuilder(capacity: 4);
        for (int line = 0; line < 40; line++) builder.Append(source, line * 8 + 2, 5); // 增长5%。, skipping 全年 and the line end
        builder.Append('\n', source.Length - 1);
        builder.TrimEnd('\n');
        var (text, map) = builder.Build();
        Assert.Equal(string.Concat(Enumerable.Repeat("增长5%。", 40)), text);
        for (int line = 0; line < 40; line++) Assert.Equal(line * 8 + 2, map.ToSource(line * 5));
        Assert.Equal(39 * 8 + 6, map.ToSource(text.Length - 1)); // the last 。
    }
}
