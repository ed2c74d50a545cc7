using System.IO.Compression;
using HongqiExtract.Batch;
using HongqiExtract.Output;

namespace HongqiExtract.Tests.Batch;

/// <summary>The library's batch: inputs to results in input order, a manifest entry for each, progress and cancellation.</summary>
public sealed class BatchExtractorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Zip(int documents)
    {
        var path = Path.Combine(_dir, "reports.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        for (int i = 0; i < documents; i++)
        {
            using var writer = new StreamWriter(zip.CreateEntry($"r{i:D3}.txt").Open());
            writer.Write($"{2000 + i}年政府工作报告\n全市地区生产总值{100 + i}亿元，增长{i % 9 + 1}%。");
        }
        zip.CreateEntry("broken.pdf").Open().Dispose();
        return path;
    }

    [Fact]
    public async Task A_zip_gives_one_result_per_entry_in_order_with_its_manifest_entry_and_progress()
    {
        var zip = Zip(12);
        var reports = new List<BatchProgress>();
        var progress = new Progress(reports);
        var results = new List<BatchResult>();
        await foreach (var result in new BatchExtractor(new BatchOptions([zip]) { Jobs = 2 }).ExtractAsync(progress)) results.Add(result);
        Assert.Equal(13, results.Count);
        Assert.Equal([.. Enumerable.Range(0, 12).Select(i => $"{zip}!r{i:D3}.txt"), $"{zip}!broken.pdf"], results.Select(r => r.Entry.Doc));
        Assert.All(results.Take(12), r => Assert.Equal((ManifestStatus.Ok, 2), (r.Entry.Status, r.Records.Count)));
        Assert.Equal(ManifestStatus.Error, results[^1].Entry.Status);
        Assert.Equal(2007, results[7].Records[0].ReportYear);
        Assert.Equal(13, reports.Count);
        Assert.Equal((13L, 24L, 1L), (reports[^1].DocumentsDone, reports[^1].Records, reports[^1].Failed));

        // The manifest writer writes what hongqi extract --manifest writes.
        using var manifest = new MemoryStream();
        var writer = new ManifestWriter(manifest);
        foreach (var r in results) writer.Write(r.Entry);
        var lines = System.Text.Encoding.UTF8.GetString(manifest.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(13, lines.Length);
        Assert.Contains("\"status\":\"error\"", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_the_batch_after_the_documents_in_flight_and_throws()
    {
        var zip = Zip(200);
        using var cancel = new CancellationTokenSource();
        var results = new List<BatchResult>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in new BatchExtractor(new BatchOptions([zip]) { Jobs = 2 }).ExtractAsync(cancellationToken: cancel.Token))
            {
                results.Add(result);
                if (results.Count == 3) await cancel.CancelAsync();
            }
        });
        Assert.InRange(results.Count, 3, 3 + 2 * 4);
        // What came is a prefix of the input order.
        Assert.Equal(results.Select((_, i) => $"{zip}!r{i:D3}.txt"), results.Select(r => r.Entry.Doc));
    }

    [Fact]
    public async Task Shards_of_the_library_batch_together_are_the_whole_batch()
    {
        var zip = Zip(30);
        var whole = new List<string>();
        await foreach (var r in new BatchExtractor(new BatchOptions([zip])).ExtractAsync()) whole.Add(r.Entry.Doc);
        var parts = new List<string>();
        for (int k = 0; k < 3; k++)
            await foreach (var r in new BatchExtractor(new BatchOptions([zip]) { Shard = new BatchShard(k, 3) }).ExtractAsync()) parts.Add(r.Entry.Doc);
        Assert.Equal(whole.Order(StringComparer.Ordinal), parts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Digests_are_each_input_s_SHA_256_unless_turned_off_and_a_resumed_run_still_compares_them()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "digests")).FullName;
        var bytes = new Dictionary<string, byte[]>();
        for (int i = 0; i < 3; i++)
        {
            var path = Path.Combine(folder, $"r{i}.txt");
            File.WriteAllText(path, $"{2010 + i}年政府工作报告\n全市地区生产总值{300 + i}亿元。");
            bytes[$"r{i}.txt"] = File.ReadAllBytes(path);
        }
        static async Task<List<ManifestEntry>> Run(BatchOptions options)
        {
            var entries = new List<ManifestEntry>();
            await foreach (var r in new BatchExtractor(options).ExtractAsync()) entries.Add(r.Entry);
            return entries;
        }

        var digested = await Run(new BatchOptions([folder]) { Jobs = 2 });
        Assert.Equal(3, digested.Count);
        Assert.All(digested, e => Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes[Path.GetFileName(e.Doc)])), e.Sha256));

        var plain = await Run(new BatchOptions([folder]) { Jobs = 2, DigestInputs = false });
        Assert.Equal(digested.Select(e => (e.Doc, e.Records)), plain.Select(e => (e.Doc, e.Records)));
        Assert.All(plain, e => Assert.Null(e.Sha256));

        // A resumed run needs the digests whatever DigestInputs says: the input it has done is left out.
        var done = new Dictionary<string, string> { [digested[1].Doc] = digested[1].Sha256! };
        var resumed = await Run(new BatchOptions([folder]) { DigestInputs = false, AlreadyDone = done });
        Assert.Equal([digested[0].Doc, digested[2].Doc], resumed.Select(e => e.Doc));
        Assert.All(resumed, e => Assert.NotNull(e.Sha256));
    }

    [Fact]
    public async Task A_logger_gets_a_warning_for_each_failure_and_debug_lines_for_the_rest()
    {
        var zip = Zip(2);
        var logger = new ListLogger();
        await foreach (var _ in new BatchExtractor(new BatchOptions([zip]) { Logger = logger }).ExtractAsync()) { }
        var warning = Assert.Single(logger.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.StartsWith($"{zip}!broken.pdf: ", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, logger.Lines.Count(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Debug && l.Message.Contains(" records in ", StringComparison.Ordinal)));
    }

    private sealed class ListLogger : Microsoft.Extensions.Logging.ILogger
    {
        public List<(Microsoft.Extensions.Logging.LogLevel Level, string Message)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add((logLevel, formatter(state, exception)));
    }

    /// <summary>Records reports synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class Progress(List<BatchProgress> reports) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => reports.Add(value);
    }
}
