using BenchmarkDotNet.Attributes;
using HongqiExtract.Reading;
using HongqiExtract.Tests.Reading.Formats;

namespace HongqiExtract.Benchmarks;

/// <summary>
/// Reading per format: the sample article (samples/, 3,392 characters) as .txt, .txt.gz, PDF (3 pages,
/// written with PdfPig and CJK TrueType fonts from Debian), Word .docx and OFD, each read into a
/// document (no extraction), so the formats' readers compare on the same text. Throughput is the
/// file's bytes over the mean.
/// </summary>
[MemoryDiagnoser]
public class FormatBenchmarks
{
    private readonly Dictionary<string, byte[]> _files = [];

    [Params("txt", "txt.gz", "pdf", "docx", "ofd")]
    public string Format { get; set; } = "txt";

    [GlobalSetup]
    public void Setup()
    {
        string sample = Path.Combine(Corpus.Repository(), "samples", "dev-01-hongqi-district-5-years.txt");
        var text = File.ReadAllBytes(sample);
        var paragraphs = File.ReadAllLines(sample).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        _files["txt"] = text;
        using (var output = new MemoryStream())
        {
            using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(text);
            _files["txt.gz"] = output.ToArray();
        }
        _files["pdf"] = new PdfFixture().Paragraphs(paragraphs).Build();
        _files["docx"] = new DocxFixture().Paragraphs(paragraphs).Build();
        _files["ofd"] = OfdFixture.Build(paragraphs, "红旗区 砥砺奋进的 5 年");
        Console.WriteLine($"// {Format}: {_files[Format].Length:N0} bytes");
    }

    [Benchmark(Description = "read the sample article")]
    public int Read() => ReportReader.Read(ReportSource.FromBytes(_files[Format], "sample." + Format)).Text.Length;
}
