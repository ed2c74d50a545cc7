using BenchmarkDotNet.Attributes;
using HongqiExtract.Binding.Tables;
using HongqiExtract.Documents;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Benchmarks;

/// <summary>
/// Table-heavy input: Fuzhou's 2025 communiqué (dev-11: 4 tables, 101 value cells) as HTML and as the
/// text dump of it (its text view: captions and tab-separated rows), read and extracted; its tables
/// bound alone; the text dump's tables found alone.
/// </summary>
[MemoryDiagnoser]
public class TableBenchmarks
{
    private byte[] _html = [];
    private ReportDocument _document = null!;
    private byte[] _textDump = [];
    private readonly IndicatorExtractor _extractor = new();

    [GlobalSetup]
    public void Setup()
    {
        _html = File.ReadAllBytes(Path.Combine(Corpus.Root(), "..", "passages", "dev-11-fuzhou-2025-communique.html"));
        _document = ReportReader.Read(ReportSource.FromBytes(_html, "dev-11.html"));
        _textDump = System.Text.Encoding.UTF8.GetBytes(_document.Text);
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

    [Benchmark(Description = "communiqué as a text dump: read + extract")]
    public int ReadAndExtractTextDump() => _extractor.Extract(ReportSource.FromBytes(_textDump, "dev-11.txt")).Records.Count;

    [Benchmark(Description = "communiqué as a text dump: find its 4 tables in the text")]
    public int FindTextTables() => HongqiExtract.Structure.TextTableFinder.Find(_document.Text).Count;
}
