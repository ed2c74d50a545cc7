using BenchmarkDotNet.Attributes;
using HongqiExtract.Recognition;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace HongqiExtract.Benchmarks;

/// <summary>
/// Side by side with Microsoft Recognizers-Text 1.8.13 (currency, dimension and percentage
/// recognizers, Culture.Chinese) on the same text: the paragraphs of one report, one paragraph per
/// call, which is its fastest mode.
/// </summary>
[MemoryDiagnoser]
public class PeerParagraphBenchmarks
{
    private string[] _paragraphs = [];

    [GlobalSetup]
    public void Setup()
    {
        var document = Corpus.Documents.Single(d => d.Id.EndsWith("gov-report-2026-henan-province.txt", StringComparison.Ordinal));
        _paragraphs = document.Paragraphs.Select(p => document.Slice(p.Span)).ToArray();
        _ = PeerRecognize(_paragraphs[0]); // warm its lazily built models
    }

    /// <summary>Characters in the input, for characters/s.</summary>
    public int Characters => _paragraphs.Sum(p => p.Length);

    [Benchmark(Baseline = true, Description = "Recognizers-Text: currency + dimension + percentage, per paragraph")]
    public int RecognizersText() => _paragraphs.Sum(PeerRecognize);

    [Benchmark(Description = "HongqiExtract: quantity recognizer, per paragraph")]
    public int HongqiRecognize() => _paragraphs.Sum(p => QuantityRecognizer.Default.Recognize(p).Count);

    internal static int PeerRecognize(string text) =>
        NumberWithUnitRecognizer.RecognizeCurrency(text, Culture.Chinese).Count
        + NumberWithUnitRecognizer.RecognizeDimension(text, Culture.Chinese).Count
        + NumberRecognizer.RecognizePercentage(text, Culture.Chinese).Count;
}

/// <summary>How time grows with input length when whole documents are given in one call.</summary>
[MemoryDiagnoser]
public class PeerLengthCurveBenchmarks
{
    private string _text = "";

    [Params(1_000, 4_000, 16_000)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var document = Corpus.Documents.Single(d => d.Id.EndsWith("gov-report-2026-henan-province.txt", StringComparison.Ordinal));
        _text = document.Text[..Math.Min(Length, document.Text.Length)];
        _ = PeerParagraphBenchmarks.PeerRecognize("增长5%");
    }

    [Benchmark(Baseline = true, Description = "Recognizers-Text, whole text in one call")]
    public int RecognizersText() => PeerParagraphBenchmarks.PeerRecognize(_text);

    [Benchmark(Description = "HongqiExtract quantity recognizer, whole text")]
    public int HongqiRecognize() => QuantityRecognizer.Default.Recognize(_text).Count;
}
