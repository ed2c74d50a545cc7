using HongqiExtract.Reading;
using HongqiExtract.Pipeline;
using System.Diagnostics;
using System.Collections.Concurrent;

namespace HongqiExtract.Cli.Batch;

/// <summary>
/// Runs a batch: one producer reads inputs in order (bounded bytes per document), --jobs workers
/// extract in parallel, one writer emits records and manifest lines in input order, so the output
/// is byte-identical whatever --jobs is. At most a few documents per worker are in memory at once.
/// </summary>
internal sealed class BatchRunner(BatchOptions options, TextWriter stderr)
{
    /// <summary>Exit codes for a run stopped by SIGINT and SIGTERM, as shells report them.</summary>
    public const int Interrupted = 130, Terminated = 143;

    /// <summary>
    /// Runs the batch. On cancellation no new document is started, the ones being extracted finish,
    /// the manifest is committed with the documents done, and the records output is left as it was.
    /// </summary>
    public async Task<int> RunAsync(OutputFile output, OutputFile? manifestFile, CancellationToken interrupt)
    {
        // Stopped by a signal, or by a failure of the writer: either way no thread may outlive the collections below.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        var cancel = stop.Token;
        var extractor = new IndicatorExtractor(new ExtractorOptions(new ReaderOptions(options.MaxDocumentBytes, options.ReportYear)));
        int inFlightLimit = options.Jobs * 4;
        using var inFlight = new SemaphoreSlim(inFlightLimit);
        using var items = new BlockingCollection<BatchItem>(inFlightLimit);
        using var outcomes = new BlockingCollection<BatchOutcome>();
        var progress = new ProgressReporter(stderr, enabled: !options.Quiet && !Console.IsErrorRedirected);
        Exception? producerFailure = null;

        // Dedicated threads, not the thread pool: CPU-bound workers on a 2-core pool would starve the
        // producer and writer, and --jobs 2 would run no faster than --jobs 1.
        var producer = StartThread("hongqi-reader", () => producerFailure = Produce(inFlight, items, progress, cancel));
        var workers = StartWorkers(extractor, items, outcomes, cancel);
        int failed, done;
        var manifest = manifestFile is null ? null : new ManifestWriter(manifestFile.Stream);
        try
        {
            (failed, done) = await WriteInOrderAsync(output, manifest, outcomes, inFlight, progress, cancel).ConfigureAwait(false);
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            producer.Join();
            workers.ForEach(w => w.Join());
        }
        progress.Finish();
        manifestFile?.Commit();
        if (interrupt.IsCancellationRequested)
        {
            await stderr.WriteLineAsync($"hongqi: interrupted after {done} documents; {output.Name} was not replaced"
                + (manifestFile is null ? "" : $"; {manifestFile.Name} lists the documents done")).ConfigureAwait(false);
            return -1;
        }
        output.Commit();
        if (producerFailure is not null) throw new IOException($"reading the inputs failed: {producerFailure.Message}", producerFailure);
        return failed > 0 ? CommandLine.SomeFailed : CommandLine.Ok;
    }

    /// <summary>Reads the inputs in order into <paramref name="items"/>, at most the in-flight limit ahead; returns what stopped it, if anything but the end or a stop.</summary>
    private Exception? Produce(SemaphoreSlim inFlight, BlockingCollection<BatchItem> items, ProgressReporter progress, CancellationToken cancel)
    {
        try
        {
            foreach (var item in new InputEnumerator(options).Enumerate())
            {
                inFlight.Wait(cancel);
                progress.Discovered(item.Bytes?.LongLength ?? 0);
                items.Add(item, cancel);
            }
            return null;
        }
        catch (OperationCanceledException) { return null; }
        catch (Exception e) when (e is not OutOfMemoryException) { return e; }
        finally { items.CompleteAdding(); }
    }

    /// <summary>Starts --jobs workers extracting items into outcomes; the last to finish completes the outcomes.</summary>
    private List<Thread> StartWorkers(IndicatorExtractor extractor, BlockingCollection<BatchItem> items, BlockingCollection<BatchOutcome> outcomes, CancellationToken cancel)
    {
        int running = options.Jobs;
        return Enumerable.Range(0, options.Jobs).Select(i => StartThread($"hongqi-worker-{i}", () =>
        {
            try
            {
                foreach (var item in items.GetConsumingEnumerable())
                {
                    if (cancel.IsCancellationRequested) break;
                    outcomes.Add(Process(extractor, item));
                }
            }
            finally
            {
                if (Interlocked.Decrement(ref running) == 0) outcomes.CompleteAdding();
            }
        })).ToList();
    }

    /// <summary>Writes outcomes in input order as they arrive: records to the sink, errors to stderr, a manifest line each.</summary>
    private async Task<(int Failed, int Done)> WriteInOrderAsync(OutputFile output, ManifestWriter? manifest, BlockingCollection<BatchOutcome> outcomes,
        SemaphoreSlim inFlight, ProgressReporter progress, CancellationToken cancel)
    {
        int failed = 0, done = 0;
        await using var sink = CreateSink(output.Stream);
        var pending = new Dictionary<long, BatchOutcome>();
        long next = 0;
        foreach (var outcome in outcomes.GetConsumingEnumerable())
        {
            pending[outcome.Item.Sequence] = outcome;
            while (pending.Remove(next, out var ready))
            {
                if (ready.Error is not null)
                {
                    failed++;
                    await stderr.WriteLineAsync($"hongqi: {ready.Item.Id}: {ready.Error}").ConfigureAwait(false);
                }
                else await sink.WriteAsync(ready.Records).ConfigureAwait(false);
                if (options.Verbose && ready.Skipped is { } skipped) await stderr.WriteLineAsync($"hongqi: {ready.Item.Id}: skipped: {skipped}").ConfigureAwait(false);
                if (options.Verbose)
                    foreach (var diagnostic in ready.Diagnostics) await stderr.WriteLineAsync($"hongqi: {ready.Item.Id}: {diagnostic}").ConfigureAwait(false);
                manifest?.Write(ready);
                progress.Completed(ready);
                inFlight.Release();
                next++;
                done++;
            }
        }
        if (pending.Count > 0 && !cancel.IsCancellationRequested) throw new InvalidOperationException("batch outcomes out of sequence");
        if (cancel.IsCancellationRequested) sink.Abandon();
        return (failed, done);
    }

    private static Thread StartThread(string name, Action body)
    {
        var thread = new Thread(() => body()) { Name = name, IsBackground = true };
        thread.Start();
        return thread;
    }

    private static BatchOutcome Process(IndicatorExtractor extractor, BatchItem item)
    {
        if (item.Skipped is not null) return new BatchOutcome(item, [], null, null, 0);
        if (item.Error is not null) return new BatchOutcome(item, [], null, item.Error, 0);
        long size = item.Bytes!.LongLength;
        var watch = Stopwatch.StartNew();
        try
        {
            var result = extractor.Extract(ReportSource.FromBytes(item.Bytes!, item.Id));
            return new BatchOutcome(item with { Bytes = null }, result.Records, result.Document.Metadata.Encoding, null, watch.Elapsed.TotalMilliseconds) { ByteCount = size, Diagnostics = result.Diagnostics };
        }
        catch (ReportReadException e)
        {
            return new BatchOutcome(item with { Bytes = null }, [], null, e.Reason, watch.Elapsed.TotalMilliseconds) { ByteCount = size };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug on one document must not lose the batch: it is reported like any other failure.
            return new BatchOutcome(item with { Bytes = null }, [], null, $"internal error: {e.GetType().Name}: {e.Message}", watch.Elapsed.TotalMilliseconds) { ByteCount = size };
        }
    }

    private IRecordSink CreateSink(Stream output) => options.Format switch
    {
        "csv" => new CsvSink(output),
        "parquet" => new ParquetSink(output, output.CanSeek),
        _ => new JsonLinesSink(output),
    };
}
