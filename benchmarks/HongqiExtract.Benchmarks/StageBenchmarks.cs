using BenchmarkDotNet.Attributes;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Numbers;
using HongqiExtract.Recognition.Units;

namespace HongqiExtract.Benchmarks;

/// <summary>The recognize stage over the whole real corpus: divide <see cref="Corpus.Characters"/> by the mean for characters/s.</summary>
[MemoryDiagnoser]
public class RecognizeBenchmarks
{
    private readonly List<Quantity> _found = new(8192);

    [GlobalSetup]
    public void Setup() => _ = Corpus.Documents;

    [Benchmark(Description = "recognize: quantities over the real corpus")]
    public int RecognizeCorpus()
    {
        int count = 0;
        foreach (var document in Corpus.Documents)
        {
            _found.Clear();
            QuantityRecognizer.Default.Recognize(document.Text, new TextSpan(0, document.Text.Length), _found, null);
            count += _found.Count;
        }
        return count;
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

/// <summary>Read, normalize and structure, then extraction end to end, over the real corpus.</summary>
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
    }

    [Benchmark(Description = "read+normalize+structure the real corpus")]
    public int ReadAndStructure() => _files.Sum(f => ReportReader.Read(ReportSource.FromFile(f)).Sentences.Count);

    [Benchmark(Description = "extract the real corpus end to end")]
    public int Extract() => _files.Sum(f => _extractor.Extract(ReportSource.FromFile(f)).Records.Count);
}
