using BenchmarkDotNet.Attributes;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using nietras.SeparatedValues;

namespace HongqiExtract.Benchmarks;

/// <summary>
/// The records of ../shared/corpus/real (about 4,900) written as CSV by the package's writer and by Sep
/// 0.17.1 with escaping on (the same fields and header), and as JSON Lines, into memory: whether the
/// hand-written CSV writer earns its place against the library the issue names.
/// </summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private IndicatorRecord[] _records = [];

    [GlobalSetup]
    public void Setup()
    {
        var extractor = new IndicatorExtractor();
        _records = [.. Corpus.Documents.SelectMany(d => extractor.Extract(d).Records)];
    }

    [Benchmark(Baseline = true, Description = "CSV: RecordWriters (RFC 4180)")]
    public long PackageCsv()
    {
        using var stream = new MemoryStream();
        using (var writer = RecordWriters.Utf8Writer(stream))
        {
            RecordWriters.WriteCsvHeader(writer);
            RecordWriters.WriteCsvRows(_records, writer);
        }
        return stream.Length;
    }

    [Benchmark(Description = "CSV: Sep 0.17.1, escaping on")]
    public long SepCsv()
    {
        using var stream = new MemoryStream();
        using (var text = RecordWriters.Utf8Writer(stream))
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text))
        {
            var fields = RecordSchema.Fields;
            foreach (var record in _records)
            {
                using var row = writer.NewRow();
                for (int i = 0; i < fields.Count; i++) row[fields[i].Name].Set(fields[i].FormatCsv(record) ?? "");
            }
        }
        return stream.Length;
    }

    [Benchmark(Description = "JSON Lines: RecordWriters")]
    public long JsonLines()
    {
        using var stream = new MemoryStream();
        RecordWriters.WriteJsonLines(_records, stream);
        return stream.Length;
    }
}
