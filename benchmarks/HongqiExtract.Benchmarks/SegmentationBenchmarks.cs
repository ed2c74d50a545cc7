using BenchmarkDotNet.Attributes;
using HongqiExtract.Pipeline;
using HongqiExtract.Segmentation;
using HongqiExtract.Tests.Segmentation;

namespace HongqiExtract.Benchmarks;

/// <summary>
/// Every distinct text the extractor segments in ../shared/corpus/real (recorded through
/// ExtractorOptions.Segmenter), segmented by the package's word graph and by jieba.NET's own Cut and
/// Tokenize over the same dictionary; SegmenterEquivalenceTests holds the two to the same words.
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private string[] _texts = [];
    private long _characters;
    private JiebaWordSegmenter _segmenter = null!;

    private sealed class Recorder(IWordSegmenter inner, HashSet<string> texts) : IWordSegmenter
    {
        public IReadOnlyList<WordToken> Segment(string text)
        {
            texts.Add(text);
            return inner.Segment(text);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _segmenter = JiebaWordSegmenter.Shared;
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var extractor = new IndicatorExtractor(new ExtractorOptions(Segmenter: new Recorder(_segmenter, texts)));
        foreach (var document in Corpus.Documents) extractor.Extract(document);
        _texts = [.. texts];
        _characters = _texts.Sum(t => (long)t.Length);
        Console.WriteLine($"// {_texts.Length} texts, {_characters} characters");
    }

    [Benchmark(Baseline = true, Description = "segment the extractor's texts: jieba.NET Tokenize")]
    public int Jieba()
    {
        int words = 0;
        foreach (var text in _texts) words += JiebaReference.Tokenize(text).Count;
        return words;
    }

    [Benchmark(Description = "segment the extractor's texts: the package's word graph")]
    public int WordGraph()
    {
        int words = 0;
        foreach (var text in _texts) words += _segmenter.Segment(text).Count;
        return words;
    }

    [Benchmark(Description = "cut the extractor's texts into words: jieba.NET Cut")]
    public int JiebaCut()
    {
        int words = 0;
        foreach (var text in _texts) words += JiebaReference.Cut(text).Count();
        return words;
    }

    [Benchmark(Description = "cut the extractor's texts into words: the package's word graph")]
    public int WordGraphCut()
    {
        int words = 0;
        foreach (var text in _texts) words += _segmenter.Cut(text).Count;
        return words;
    }

    [Benchmark(Description = "load the dictionary: parse dict.txt and the user dictionary")]
    public int ParseDictionary()
    {
        return JiebaReference.ParsePrefixTable().Words.Count;
    }

    [Benchmark(Description = "load the dictionary: read the compiled trie, as the package does")]
    public int ReadCompiledTrie()
    {
        using var stream = typeof(WordTrie).Assembly.GetManifestResourceStream(WordTrie.ResourceName)!;
        return WordTrie.Read(stream, inPlace: true).NodeCount;
    }
}
