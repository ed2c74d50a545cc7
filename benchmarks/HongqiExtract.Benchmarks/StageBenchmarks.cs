using HongqiExtract.Reading.PlainText;
using HongqiExtract.Documents;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using BenchmarkDotNet.Attributes;
using HongqiExtract.Normalization;
using HongqiExtract.Reading;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Numbers;
using HongqiExtract.Recognition.Units;
using HongqiExtract.Structure;

namespace HongqiExtract.Benchmarks;

/// <summary>
/// One benchmark per stage, each over the whole real corpus (596,232 characters of plain text):
/// divide the characters by the mean for characters/s.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private byte[][] _bytes = [];
    private byte[][] _gbkBytes = [];
    private string[] _decoded = [];
    private string[] _plain = [];
    private string[] _texts = [];
    private ReportDocument[] _documents = [];
    private IndicatorRecord[][] _records = [];
    private readonly IndicatorExtractor _extractor = new();
    private readonly List<Quantity> _found = new(8192);

    [GlobalSetup]
    public void Setup()
    {
        var files = Directory.GetFiles(Corpus.Root(), "*.txt").Order(StringComparer.Ordinal).ToArray();
        _bytes = files.Select(File.ReadAllBytes).ToArray();
        _gbkBytes = Directory.GetFiles(Path.Combine(Corpus.Root(), "raw-encodings")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        _decoded = _bytes.Select((b, i) => TextDecoder.Decode(b, files[i]).Text).ToArray();
        _plain = _decoded.Select(d => TextCleaner.Clean(d).Text).ToArray();
        _texts = _plain.Select(CharNormalizer.Normalize).ToArray();
        _documents = files.Select(f => ReportReader.Read(ReportSource.FromFile(f))).ToArray();
        _records = _documents.Select(d => _extractor.Extract(d).Records.ToArray()).ToArray();
        Corpus.WarmUp(() => Bind());
    }

    [Benchmark(Description = "1 read: decode + clean")]
    public int Read() => DecodeAndClean(_bytes);

    /// <summary>The GBK originals (358,736 bytes): UTF-8 refused, GB18030 told from Big5, decoded.</summary>
    [Benchmark(Description = "1 read: decode + clean, the GBK originals")]
    public int ReadGbk() => DecodeAndClean(_gbkBytes);

    private static int DecodeAndClean(byte[][] files) => files.Sum(b => TextCleaner.Clean(TextDecoder.Decode(b, "x").Text).Text.Length);

    [Benchmark(Description = "2 normalize: full-width to ASCII")]
    public int Normalize() => _plain.Sum(p => CharNormalizer.Normalize(p).Length);

    [Benchmark(Description = "3 structure: sections, paragraphs, sentences")]
    public int Structure() => _texts.Sum(t => StructureBuilder.Build(t, null).Sentences.Count);

    [Benchmark(Description = "4 recognize: quantities")]
    public int Recognize()
    {
        int count = 0;
        foreach (var text in _texts)
        {
            _found.Clear();
            QuantityRecognizer.Default.Recognize(text, new TextSpan(0, text.Length), _found, null);
            count += _found.Count;
        }
        return count;
    }

    [Benchmark(Description = "5 bind: recognize + names, kinds, periods (jieba)")]
    public int Bind() => _documents.Sum(d => _extractor.Extract(d).Records.Count);

    [Benchmark(Description = "6 write: JSON Lines")]
    public long Write()
    {
        using var sink = new MemoryStream();
        foreach (var records in _records) RecordWriters.WriteJsonLines(records, sink);
        return sink.Length;
    }
}

/// <summary>Numeral parsing and unit lookup, the recognizer's inner steps.</summary>
[MemoryDiagnoser]
public class NumberBenchmarks
{
    [Params("377.9", "1,100.9", "十二万三千", "四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二")]
    public string Numeral { get; set; } = "";

    [Benchmark(Description = "parse a numeral")]
    public decimal Parse() => NumberParser.Parse(Numeral).Value;

    [Benchmark(Description = "unit lookup (longest match)")]
    public int UnitLookup() => UnitLexicon.Shared.MatchUnit("平方公里，增长") is { } u ? u.Unit.Length : 0;
}

/// <summary>The whole job, from files on disk to records, over the real corpus.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private readonly IndicatorExtractor _extractor = new();
    private string[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = Directory.GetFiles(Corpus.Root(), "*.txt").Order(StringComparer.Ordinal).ToArray();
        _ = _extractor.Extract(ReportSource.FromFile(_files[0])); // load the segmenter outside the measurement
        Corpus.WarmUp(() => Extract());
    }

    [Benchmark(Description = "extract the real corpus end to end")]
    public int Extract() => _files.Sum(f => _extractor.Extract(ReportSource.FromFile(f)).Records.Count);
}
