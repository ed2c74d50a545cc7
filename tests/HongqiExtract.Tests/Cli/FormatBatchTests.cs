using System.IO.Compression;
using System.Text;
using System.Text.Json;
using HongqiExtract.Cli;
using HongqiExtract.Tests.Reading.Formats;

namespace HongqiExtract.Tests.Cli;

/// <summary>The batch over the formats archives hold: content decides, a directory reads only documents, an unreadable file fails alone.</summary>
public sealed class FormatBatchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-formats-").FullName;
    private readonly string _out = Directory.CreateTempSubdirectory("hongqi-formats-out-").FullName;

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        Directory.Delete(_out, recursive: true);
    }

    private const string Short = "2025年工作回顾\n全年地区生产总值6.66万亿元，增长5.6%。";

    private (int Code, string Err, string[] Records, List<JsonElement> Manifest) Extract(params string[] args) => ExtractRun.Run(_out, args);

    private static JsonElement Line(List<JsonElement> manifest, string doc) => manifest.Single(m => m.GetProperty("doc").GetString() == doc);

    [Fact]
    public void A_directory_reads_its_documents_in_every_format_and_skips_the_rest_saying_so()
    {
        File.WriteAllText(Path.Combine(_dir, "README.md"), "# 说明\n本目录收录2025年报告，共3份，合计12万字。");
        File.WriteAllText(Path.Combine(_dir, "MANIFEST.tsv"), "file\tyear\nshort.txt\t2025\n");
        File.WriteAllText(Path.Combine(_dir, "short.txt"), Short);
        File.WriteAllBytes(Path.Combine(_dir, "short.txt.gz"), FormatReadingTests.Gzip(Encoding.UTF8.GetBytes(Short)));
        File.WriteAllBytes(Path.Combine(_dir, "word.docx"), new DocxFixture().Paragraphs(Short.Split('\n')).Build());
        var (code, err, records, manifest) = Extract(_dir);
        Assert.True(code == 0, err);
        Assert.Equal("skipped", Line(manifest, "README.md").GetProperty("status").GetString());
        Assert.Contains("--include", Line(manifest, "MANIFEST.tsv").GetProperty("error").GetString(), StringComparison.Ordinal);
        foreach (var doc in new[] { "short.txt", "short.txt.gz", "word.docx" })
            Assert.Equal("ok", Line(manifest, doc).GetProperty("status").GetString());
        // Two records from each of the three documents, none from README.md.
        Assert.Equal(6, records.Length);
        Assert.DoesNotContain(records, r => r.Contains("README.md", StringComparison.Ordinal));
        // --include reads what the default skips.
        var included = Extract(_dir, "--include", "*.md");
        Assert.Equal("ok", Line(included.Manifest, "README.md").GetProperty("status").GetString());
    }

    [Fact]
    public void A_docx_renamed_zip_is_read_as_a_document_not_an_archive()
    {
        var path = Path.Combine(_dir, "report.zip");
        File.WriteAllBytes(path, new DocxFixture().Paragraphs(Short.Split('\n')).Build());
        var (code, err, records, manifest) = Extract(path);
        Assert.True(code == 0, err);
        Assert.Equal(path, Assert.Single(manifest).GetProperty("doc").GetString());
        Assert.Equal(2, records.Length);
    }

    [Fact]
    public void Word_and_gzip_entries_of_a_zip_go_through_the_same_readers()
    {
        var path = Path.Combine(_dir, "archive.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in new[] { ("a/word.docx", new DocxFixture().Paragraphs(Short.Split('\n')).Build()), ("b/short.txt.gz", FormatReadingTests.Gzip(Encoding.UTF8.GetBytes(Short))) })
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }
        var (code, err, records, manifest) = Extract(path);
        Assert.True(code == 0, err);
        Assert.Equal(["ok", "ok"], manifest.Select(m => m.GetProperty("status").GetString() ?? "").ToArray());
        Assert.Equal(4, records.Length);
    }

    [Fact]
    public void An_unreadable_pdf_and_a_legacy_doc_fail_alone_and_the_batch_goes_on()
    {
        File.WriteAllBytes(Path.Combine(_dir, "broken.pdf"), Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog"));
        File.WriteAllBytes(Path.Combine(_dir, "old.doc"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);
        File.WriteAllText(Path.Combine(_dir, "short.txt"), Short);
        var (code, err, records, manifest) = Extract(_dir);
        Assert.Equal(1, code);
        Assert.Equal("error", Line(manifest, "broken.pdf").GetProperty("status").GetString());
        Assert.Contains("convert it to .docx", Line(manifest, "old.doc").GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("broken.pdf", err, StringComparison.Ordinal);
        Assert.Equal("ok", Line(manifest, "short.txt").GetProperty("status").GetString());
        Assert.Equal(2, records.Length);
    }
}
