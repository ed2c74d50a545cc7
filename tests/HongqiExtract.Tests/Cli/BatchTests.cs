using HongqiExtract.Output;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using HongqiExtract.Cli;

namespace HongqiExtract.Tests.Cli;

public sealed class BatchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-batch-").FullName;
    private readonly string _out = Directory.CreateTempSubdirectory("hongqi-batch-out-").FullName;

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        Directory.Delete(_out, recursive: true);
    }

    private static readonly string Sample = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", "dev-01-hongqi-district-5-years.txt"));
    private const string Short = "2025年工作回顾\n全年地区生产总值6.66万亿元，增长5.6%。";

    private string PathOf(string name) => Path.Combine(_dir, name);

    private (int Code, string Err, string[] Records, List<JsonElement> Manifest) Extract(params string[] args) => ExtractRun.Run(_out, args);

    private string Zip(string name, params (string Entry, byte[] Content)[] entries)
    {
        var path = PathOf(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, content) in entries)
        {
            using var s = zip.CreateEntry(entry).Open();
            s.Write(content);
        }
        return path;
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string Status(List<JsonElement> manifest, string docEnd) =>
        manifest.Single(m => m.GetProperty("doc").GetString()!.EndsWith(docEnd, StringComparison.Ordinal)).GetProperty("status").GetString()!;

    [Fact]
    public void Zip_entries_are_documents_with_archive_ids_and_jobs_do_not_change_the_output()
    {
        var zip = Zip("reports.zip", ("a/sample.txt", Utf8(Sample)), ("b/short.txt", Utf8(Short)));
        var one = Extract(zip, "--jobs", "1");
        var two = Extract(zip, "--jobs", "2");
        Assert.Equal(0, one.Code);
        Assert.Equal(one.Records, two.Records);
        Assert.Contains(one.Records, r => r.Contains($"\"doc\":\"{zip}!a/sample.txt\"", StringComparison.Ordinal));
        Assert.Equal(2, one.Manifest.Count);
        Assert.All(one.Manifest, m => Assert.Equal("ok", m.GetProperty("status").GetString()));
    }

    [Fact]
    public void A_manifest_gives_each_input_the_SHA_256_of_its_bytes()
    {
        File.WriteAllBytes(PathOf("sample.txt"), Utf8(Sample));
        File.WriteAllBytes(PathOf("short.txt"), Utf8(Short));
        var run = Extract(_dir, "--jobs", "2");
        Assert.Equal(0, run.Code);
        Assert.Equal(2, run.Manifest.Count);
        Assert.All(run.Manifest, m => Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(PathOf(m.GetProperty("doc").GetString()!)))),
            m.GetProperty("sha256").GetString()));
    }

    [Fact]
    public void Every_fault_is_named_and_the_rest_of_the_batch_completes()
    {
        File.WriteAllBytes(PathOf("good.txt"), Utf8(Sample));
        File.WriteAllBytes(PathOf("empty.txt"), []);
        File.WriteAllBytes(PathOf("binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00]);
        File.WriteAllBytes(PathOf("undetectable.txt"), Enumerable.Repeat(new byte[] { 0x80, 0xFF, 0x80, 0xFE }, 50).SelectMany(b => b).ToArray());
        File.WriteAllText(PathOf("one-line.txt"), new string('数', 50 * 1024 * 1024 / 3));
        File.WriteAllBytes(PathOf("corrupt.zip"), Utf8("PK\u0003\u0004 this is not really a zip archive"));
        var valid = File.ReadAllBytes(Zip("valid.zip", ("x.txt", Utf8(Sample)), ("y.txt", Utf8(Sample))));
        File.WriteAllBytes(PathOf("truncated.zip"), valid[..(valid.Length / 2)]);
        Zip("hostile.zip", ("../escape.txt", Utf8(Short)), ("/etc/absolute.txt", Utf8(Short)), ("fine.txt", Utf8(Short)));
        Zip("bomb.zip", ("bomb.txt", Utf8(new string('数', 2_000_000))));
        File.Delete(PathOf("valid.zip"));

        var run = Extract(_dir, "--max-doc-bytes", (60L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var bounded = Extract(PathOf("bomb.zip"), "--max-doc-bytes", "1000000");

        Assert.Equal(1, run.Code);
        Assert.Equal("ok", Status(run.Manifest, "good.txt"));
        Assert.Equal("ok", Status(run.Manifest, "hostile.zip!fine.txt"));
        foreach (var bad in new[] { "empty.txt", "binary.txt", "undetectable.txt", "one-line.txt", "corrupt.zip", "truncated.zip", "hostile.zip!../escape.txt", "hostile.zip!/etc/absolute.txt" })
        {
            Assert.Equal("error", Status(run.Manifest, bad));
            Assert.Contains(bad, run.Err, StringComparison.Ordinal);
        }
        Assert.Contains(run.Records, r => r.Contains("\"doc\":\"good.txt\"", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_dir)!, "escape.txt")));
        Assert.Equal(1, bounded.Code);
        Assert.Contains("max-doc-bytes", bounded.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Tar_tgz_and_one_level_of_nested_archive_are_read()
    {
        var inner = File.ReadAllBytes(Zip("inner.zip", ("deep.txt", Utf8(Short))));
        var innermost = File.ReadAllBytes(Zip("level2.zip", ("too-deep.zip", inner)));
        File.Delete(PathOf("inner.zip"));
        File.Delete(PathOf("level2.zip"));
        var outer = Zip("outer.zip", ("inner.zip", inner), ("level2.zip", innermost));
        var tgz = PathOf("reports.tgz");
        using (var file = File.Create(tgz))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "dir/short.txt") { DataStream = new MemoryStream(Utf8(Short)) };
            tar.WriteEntry(entry);
        }
        var run = Extract(outer, tgz);
        Assert.Equal(1, run.Code); // the two-level archive is refused
        Assert.Equal("ok", Status(run.Manifest, "outer.zip!inner.zip!deep.txt"));
        Assert.Equal("error", Status(run.Manifest, "outer.zip!level2.zip!too-deep.zip"));
        Assert.Equal("ok", Status(run.Manifest, "reports.tgz!dir/short.txt"));
        Assert.Contains(run.Records, r => r.Contains("reports.tgz!dir/short.txt", StringComparison.Ordinal) && r.Contains("\"normalized_value\":6660000000000", StringComparison.Ordinal));
    }

    [Fact]
    public void Shards_together_give_exactly_the_records_of_one_run()
    {
        var real = SharedData.Path("corpus", "real");
        var whole = Extract(real);
        var shards = Enumerable.Range(0, 3).Select(k => Extract(real, "--shard", $"{k}/3")).ToList();
        Assert.All(shards, s => Assert.True(s.Records.Length > 0, "a shard got nothing: the hash does not spread"));
        Assert.Equal(whole.Records.Order(StringComparer.Ordinal), shards.SelectMany(s => s.Records).Order(StringComparer.Ordinal));
        Assert.Equal(whole.Manifest.Count, shards.Sum(s => s.Manifest.Count));
    }

    [Fact]
    public void Globs_and_from_list_select_inputs()
    {
        Directory.CreateDirectory(PathOf("in/sub"));
        File.WriteAllText(PathOf("in/a.txt"), Short);
        File.WriteAllText(PathOf("in/sub/b.txt"), Short);
        File.WriteAllText(PathOf("in/sub/c.html"), "<html><body><p>" + Short + "</p></body></html>");
        var included = Extract(PathOf("in"), "--include", "*.txt", "--exclude", "sub/**");
        Assert.Equal(["a.txt"], included.Manifest.Select(m => m.GetProperty("doc").GetString()));
        File.WriteAllLines(PathOf("list.txt"), [PathOf("in/sub/b.txt"), PathOf("in/sub/c.html")]);
        var listed = Extract("--from-list", PathOf("list.txt"));
        Assert.Equal(2, listed.Manifest.Count(m => m.GetProperty("status").GetString() == "ok"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Parquet_output_has_typed_columns_and_every_record(bool decimalColumns)
    {
        var output = Path.Combine(_out, "records.parquet");
        var jsonl = Extract(Path.Combine(SharedData.RepoRoot, "samples", "dev-01-hongqi-district-5-years.txt"));
        string[] args = ["extract", Path.Combine(SharedData.RepoRoot, "samples", "dev-01-hongqi-district-5-years.txt"), "--format", "parquet", "--output", output, "--quiet"];
        int code = await CommandLine.RunAsync(decimalColumns ? [.. args, "--parquet-decimal"] : args, new StringWriter(), new StringWriter());
        Assert.Equal(0, code);
        await using var stream = File.OpenRead(output);
        await using var reader = await Parquet.ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(RecordSchema.FieldNames, fields.Select(f => f.Name));
        // Doubles by default, what analysts' tools read; decimals on request.
        Assert.Equal(decimalColumns ? typeof(decimal) : typeof(double), fields.Single(f => f.Name == "normalized_value").ClrType);
        Assert.Equal(typeof(bool), fields.Single(f => f.Name == "is_target").ClrType);
        long rows = 0;
        for (int g = 0; g < reader.RowGroupCount; g++) rows += reader.OpenRowGroupReader(g).RowCount;
        Assert.Equal(jsonl.Records.Length, rows);
    }
}

public class StdinJsonLinesTests
{
    [Fact]
    public void Each_json_line_is_one_document_and_a_bad_line_is_named()
    {
        var options = new HongqiExtract.Batch.BatchOptions(["-"]) { MaxDocumentBytes = 1 << 20, Jobs = 1, StandardInputJsonLines = true };
        var input = new StringReader("{\"doc\":\"a\",\"text\":\"生产总值6.66万亿元。\"}\nnot json\n{\"doc\":\"c\"}\n");
        var items = new HongqiExtract.Batch.InputEnumerator(options).JsonLines(input).ToList();
        Assert.Equal(["a", "-:2", "c"], items.Select(i => i.Id));
        Assert.Equal("生产总值6.66万亿元。", System.Text.Encoding.UTF8.GetString(items[0].Bytes!));
        Assert.NotNull(items[1].Error);
        Assert.Contains("text", items[2].Error!, StringComparison.Ordinal);
    }
}
