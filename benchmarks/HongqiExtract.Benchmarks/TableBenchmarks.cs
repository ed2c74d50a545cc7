using BenchmarkDotNet.Attributes;
using HongqiExtract.Binding.Tables;
using HongqiExtract.Documents;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Benchmarks;

/// <summary>Table-heavy HTML: Fuzhou's 2025 communiqué (dev-11: 4 tables, 101 value cells), read and extracted, and its tables bound alone.</summary>
[MemoryDiagnoser]
public class TableBenchmarks
{
    private byte[] _html = [];
    private ReportDocument _document = null!;
    private readonly IndicatorExtractor _extractor = new();

    [GlobalSetup]
    public void Setup()
    {
        _html = File.ReadAllBytes(Path.Combine(Corpus.Root(), "..", "passages", "dev-11-fuzhou-2025-communique.html"));
        _document = ReportReader.Read(ReportSource.FromBytes(_html, "dev-11.html"));
    }

    [Benchmark(Description = "communiqué HTML with 4 tables: read + extract")]
    public int ReadAndExtract() => _extractor.Extract(ReportSource.FromBytes(_html, "dev-11.html")).Records.Count;

    [Benchmark(Description = "communiqué HTML: bind its 4 tables (pre-read)")]
    public int BindTables()
    {
        int count = 0;
        for (int t = 0; t < _document.Tables.Count; t++) count += TableBinder.Bind(_document, t).Count();
        return count;
    }
}
