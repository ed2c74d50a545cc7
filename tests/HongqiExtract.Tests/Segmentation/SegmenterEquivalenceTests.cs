using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using HongqiExtract.Segmentation;

namespace HongqiExtract.Tests.Segmentation;

/// <summary>
/// The segmenter's own word graph gives jieba.NET's words and offsets on every text the extractor
/// segments in ../shared/corpus/real and the passages (recorded through ExtractorOptions.Segmenter).
/// </summary>
public class SegmenterEquivalenceTests
{
    private sealed class Recorder(IWordSegmenter inner) : IWordSegmenter
    {
        public HashSet<string> Texts { get; } = new(StringComparer.Ordinal);

        public IReadOnlyList<WordToken> Segment(string text)
        {
            lock (Texts) Texts.Add(text);
            return inner.Segment(text);
        }
    }

    [Fact]
    public void Every_clause_the_extractor_segments_gets_jieba_NETs_words()
    {
        var jieba = JiebaWordSegmenter.Shared;
        var recorder = new Recorder(jieba);
        var extractor = new IndicatorExtractor(new ExtractorOptions(Segmenter: recorder));
        var files = Directory.GetFiles(SharedData.Path("corpus", "real"), "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal))
            .Concat(Directory.GetFiles(SharedData.Path("corpus", "passages")));
        foreach (var file in files) extractor.Extract(ReportSource.FromFile(file));
        Assert.True(recorder.Texts.Count > 3_000, $"only {recorder.Texts.Count} texts segmented");
        // And text the extractor never sends: spaces, Latin, digits, punctuation, an unknown run for the HMM.
        recorder.Texts.UnionWith(["", " ", "GDP增长5.2%，CPI上涨0.2%", "a b\r\nc\t d", "鑫淼犇骉", "２０２５年　全市", "新质生产力+AI", "第一\r\n第二\r第三\n", "甲\u00A0乙\u3000丙", "中-美·俄", "增长5.2%以上", "（一）", "\r\n"]);
        var different = recorder.Texts.Where(t => !jieba.Segment(t).SequenceEqual(t.Length == 0 ? [] : JiebaReference.Tokenize(t))).Take(5).ToList();
        Assert.True(different.Count == 0, "differs from jieba.NET on: " + string.Join(" | ", different));
    }

    [Fact]
    public void The_HMM_cuts_every_run_of_the_corpus_as_jieba_NETs_FinalSeg()
    {
        // Every run of 2 to 8 characters of the real reports' lines: far more than the unknown runs the
        // segmenter hands it, mixing Han, digits, Latin and punctuation.
        _ = JiebaReference.Segmenter; // points jieba.NET at its model files
        var runs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(SharedData.Path("corpus", "real"), "gov-report-2026-*.txt"))
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 8).Take(200))
                for (int i = 0; i + 8 <= line.Length; i += 5) runs.Add(line.Substring(i, 2 + i % 7));
        Assert.True(runs.Count > 5_000, $"{runs.Count} runs");
        var ours = HmmSegmenter.Shared;
        var different = runs.Where(r => { var words = new List<string>(); ours.Cut(r, words); return !words.SequenceEqual(JiebaNet.Segmenter.FinalSeg.Viterbi.Instance.Cut(r)); }).Take(5).ToList();
        Assert.True(different.Count == 0, "differs from jieba.NET's FinalSeg on: " + string.Join(" | ", different));
    }

    [Fact]
    public void The_prefix_table_and_block_expressions_are_jieba_NETs()
    {
        _ = JiebaReference.Segmenter;
        const System.Reflection.BindingFlags Internal = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance;
        var theirs = (IDictionary<string, int>)typeof(JiebaNet.Segmenter.WordDictionary).GetField("Trie", Internal)!.GetValue(JiebaNet.Segmenter.WordDictionary.Instance)!;
        var ours = JiebaReference.ParsePrefixTable();
        Assert.True(theirs.Count > 300_000, $"{theirs.Count} entries");
        Assert.Equal(theirs.Count, ours.Words.Count);
        Assert.Empty(theirs.Where(p => !ours.Words.TryGetValue(p.Key, out int f) || f != p.Value).Take(5));
        Assert.Equal(JiebaNet.Segmenter.WordDictionary.Instance.Total, ours.Total);
        Assert.Equal(JiebaDag.HanPattern, typeof(JiebaNet.Segmenter.JiebaSegmenter).GetField("RegexChineseDefault", Internal)!.GetValue(null)!.ToString());
        Assert.Equal(JiebaDag.SkipPattern, typeof(JiebaNet.Segmenter.JiebaSegmenter).GetField("RegexSkipDefault", Internal)!.GetValue(null)!.ToString());
        Assert.Equal(HmmSegmenter.HanPattern, typeof(JiebaNet.Segmenter.FinalSeg.Viterbi).GetField("RegexChinese", Internal)!.GetValue(null)!.ToString());
        Assert.Equal(HmmSegmenter.SkipPattern, typeof(JiebaNet.Segmenter.FinalSeg.Viterbi).GetField("RegexSkip", Internal)!.GetValue(null)!.ToString());
    }

    [Fact]
    public void The_compiled_trie_holds_the_prefix_table_entry_for_entry()
    {
        // The trie the build compiled and the package reads, against the table parsed from jieba.NET's dict.txt here.
        var table = JiebaReference.ParsePrefixTable();
        var trie = WordTrie.Shared;
        var entries = trie.Entries().ToList();
        Assert.Equal(table.Words.Count + 1, trie.NodeCount);
        Assert.Equal(table.Words.Count, entries.Count);
        Assert.Empty(entries.Where(e => !table.Words.TryGetValue(e.Key, out int f) || f != e.Frequency).Take(5));
        Assert.Equal(table.Total, trie.Total);
        var tagged = entries.Where(e => e.Tag != '\0').ToDictionary(e => e.Key, e => e.Tag, StringComparer.Ordinal);
        Assert.Equal(table.FunctionTags.OrderBy(p => p.Key, StringComparer.Ordinal), tagged.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal('p', trie.FunctionTag("在"));
        Assert.Equal(0, trie.Frequency(trie.Find("一般公共预")));
        Assert.Equal(WordTrie.Root, trie.Find("鑫淼犇骉"));
    }
}
