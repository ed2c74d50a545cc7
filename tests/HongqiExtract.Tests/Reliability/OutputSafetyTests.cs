using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using HongqiExtract.Cli;
using HongqiExtract.Cli.Batch;
using HongqiExtract.Batch;

namespace HongqiExtract.Tests.Reliability;

/// <summary>The tool never destroys a file it did not create and never crashes on an operating-system error (D1, D3, D8).</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string Short = "2025年工作回顾\n全年地区生产总值6.66万亿元，增长5.6%。";
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-safety-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private static (int Code, string Err) Run(params string[] args)
    {
        var err = new StringWriter();
        int code = CommandLine.RunAsync(["extract", .. args, "--quiet"], new StringWriter(), err).GetAwaiter().GetResult();
        return (code, err.ToString());
    }

    private string Input(string name = "in.txt")
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Short);
        return path;
    }

    [Fact]
    public void An_output_that_is_also_the_input_is_refused_and_the_input_is_intact()
    {
        var input = Input();
        var (code, err) = Run(input, "--output", input);
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("also an input", err, StringComparison.Ordinal);
        Assert.Equal(Short, File.ReadAllText(input));
    }

    [Fact]
    public void An_output_inside_an_input_directory_is_refused()
    {
        Input(Path.Combine("docs", "a.txt"));
        var (code, err) = Run(PathOf("docs"), "--output", PathOf(Path.Combine("docs", "out.jsonl")));
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("inside the input directory", err, StringComparison.Ordinal);
        Assert.False(File.Exists(PathOf(Path.Combine("docs", "out.jsonl"))));
    }

    [Fact]
    public void Manifest_equal_to_output_is_refused()
    {
        var (code, err) = Run(Input(), "--output", PathOf("o.jsonl"), "--manifest", PathOf("o.jsonl"));
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("same file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_in_a_missing_folder_is_a_usage_error_that_leaves_no_file()
    {
        var target = PathOf(Path.Combine("missing", "o.jsonl"));
        var (code, err) = Run(Input(), "--output", target);
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("does not exist", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(PathOf("missing")));
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("--manifest")]
    public void A_full_disk_is_an_error_message_not_a_crash(string option)
    {
        var args = option == "--output" ? new[] { Input(), "--output", "/dev/full" } : [Input(), "--output", PathOf("o.jsonl"), "--manifest", "/dev/full"];
        var (code, err) = Run(args);
        Assert.Equal(CommandLine.SomeFailed, code);
        Assert.Contains("No space left", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.True(File.Exists("/dev/full"));
        Assert.False(File.Exists(PathOf("o.jsonl")), "the records output must not be committed when the manifest failed");
    }

    [Fact]
    public void A_successful_run_replaces_the_old_output_and_leaves_no_temporary_file()
    {
        var output = PathOf("o.jsonl");
        File.WriteAllText(output, "old\n");
        var (code, _) = Run(Input(), "--output", output, "--manifest", PathOf("m.jsonl"));
        Assert.Equal(0, code);
        Assert.Equal(2, File.ReadAllLines(output).Length);
        Assert.Single(File.ReadAllLines(PathOf("m.jsonl")));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void An_unreadable_subdirectory_is_one_error_entry_and_the_walk_goes_on()
    {
        Input(Path.Combine("a", "1.txt"));
        Input(Path.Combine("b", "2.txt"));
        Input(Path.Combine("c", "3.txt"));
        var locked = PathOf("b");
        var found = DirectoryWalker.Walk(_dir, d => d == locked ? throw new UnauthorizedAccessException($"Access to the path '{d}' is denied.") : Directory.EnumerateFiles(d));
        Assert.Equal([Path.Combine(_dir, "a", "1.txt"), locked, Path.Combine(_dir, "c", "3.txt")], found.Select(f => f.Path));
        Assert.Null(found[0].Error);
        Assert.Contains("not readable", found[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tar_cut_inside_an_entry_reports_that_entry_as_truncated()
    {
        var tar = PathOf("cut.tar");
        using (var file = File.Create(tar))
        using (var writer = new TarWriter(file))
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "one.txt") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(Short)) });
            var big = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Short + "\n", 200)));
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "two.txt") { DataStream = new MemoryStream(big) });
        }
        var bytes = File.ReadAllBytes(tar);
        File.WriteAllBytes(tar, bytes[..(bytes.Length - 8000)]);
        var manifest = RunWithManifest(tar);
        Assert.Equal("ok", Status(manifest, "one.txt"));
        Assert.Equal("error", Status(manifest, "two.txt"));
        Assert.Contains("truncated", Error(manifest, "two.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tgz_without_its_gzip_trailer_reports_its_last_entry()
    {
        var tgz = PathOf("cut.tgz");
        using (var file = File.Create(tgz))
        using (var gzip = new GZipStream(file, CompressionLevel.Optimal))
        using (var writer = new TarWriter(gzip))
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "only.txt") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(Short)) });
        var whole = RunWithManifest(tgz);
        Assert.Equal("ok", Status(whole, "only.txt"));
        var bytes = File.ReadAllBytes(tgz);
        File.WriteAllBytes(tgz, bytes[..(bytes.Length - 6)]);
        var cut = RunWithManifest(tgz);
        Assert.Equal("error", Status(cut, "only.txt"));
        Assert.Contains("gzip", Error(cut, "only.txt"), StringComparison.Ordinal);
    }

    private static string Shell(string command, params string[] args)
    {
        using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(command, args) { RedirectStandardOutput = true })!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output.Trim();
    }

    [Fact]
    public void An_output_inside_an_input_reached_through_a_link_is_refused()
    {
        Input(Path.Combine("data", "a.txt"));
        File.CreateSymbolicLink(PathOf("datalink"), PathOf("data"));
        var (code, err) = Run(PathOf("datalink"), "--output", PathOf(Path.Combine("data", "out.jsonl")));
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("inside the input directory", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_device_writes_to_the_device_and_never_replaces_it()
    {
        File.CreateSymbolicLink(PathOf("out.jsonl"), "/dev/null");
        var (code, _) = Run(Input(), "--output", PathOf("out.jsonl"));
        Assert.Equal(0, code);
        Assert.Equal("character special file", Shell("stat", "-c", "%F", "/dev/null"));
        Assert.Equal("/dev/null", new FileInfo(PathOf("out.jsonl")).LinkTarget);
    }

    [Fact]
    public async Task A_named_pipe_as_output_is_written_to_its_reader()
    {
        var fifo = PathOf("records.fifo");
        Shell("mkfifo", fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var run = Task.Run(() => Run(Input(), "--output", fifo));
        var finished = await Task.WhenAny(Task.WhenAll(reader, run), Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(reader.IsCompleted && run.IsCompleted, "writing to a named pipe hung");
        Assert.Equal(0, (await run).Code);
        Assert.Equal(2, (await reader).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("fifo", Shell("stat", "-c", "%F", fifo));
    }

    private List<JsonElement> RunWithManifest(string input)
    {
        var manifest = PathOf(Guid.NewGuid().ToString("N") + ".manifest.jsonl");
        Run(input, "--output", PathOf(Guid.NewGuid().ToString("N") + ".jsonl"), "--manifest", manifest);
        return File.ReadAllLines(manifest).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static JsonElement Line(List<JsonElement> manifest, string docEnd) =>
        manifest.Single(m => m.GetProperty("doc").GetString()!.EndsWith(docEnd, StringComparison.Ordinal));

    private static string Status(List<JsonElement> manifest, string docEnd) => Line(manifest, docEnd).GetProperty("status").GetString()!;

    private static string Error(List<JsonElement> manifest, string docEnd) => Line(manifest, docEnd).GetProperty("error").GetString()!;
}
