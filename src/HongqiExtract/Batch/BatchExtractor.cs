using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using Microsoft.Extensions.Logging;

namespace HongqiExtract.Batch;

/// <summary>
/// Extracts a batch of documents: one reader thread walks the inputs in order (files, directories,
/// archives, standard input; each document bounded in bytes), <see cref="BatchOptions.Jobs"/> worker
/// threads extract in parallel, and results come back in input order, so a run's output is the same
/// whatever the number of jobs. At most four documents per job are in memory at once. Every input
/// gives exactly one result, with its manifest entry: a file that cannot be read is an error result,
/// never an exception, and the batch goes on.
/// </summary>
public sealed class BatchExtractor
{
    private readonly BatchOptions _options;
    private readonly IndicatorExtractor _extractor;

    /// <summary>Creates a batch over the options' inputs.</summary>
    /// <param name="options">The inputs and how to read them.</param>
    public BatchExtractor(BatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Jobs < 1) throw new ArgumentOutOfRangeException(nameof(options), "Jobs must be at least 1");
        _options = options;
        _extractor = new IndicatorExtractor(options.Extractor with
        {
            Reader = (options.Extractor.Reader ?? ReaderOptions.Default) with { MaxDocumentBytes = options.MaxDocumentBytes },
        });
    }

    /// <summary>
    /// The results, in input order. On cancellation no new document is started, the ones being
    /// extracted finish and are yielded, and then <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    /// <param name="progress">Told after each result (from the enumerating thread).</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    public async IAsyncEnumerable<BatchResult> ExtractAsync(IProgress<BatchProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var cancel = stop.Token;
        int inFlightLimit = _options.Jobs * 4;
        using var inFlight = new SemaphoreSlim(inFlightLimit);
        using var items = new BlockingCollection<BatchItem>(inFlightLimit);
        var outcomes = Channel.CreateUnbounded<(long Sequence, BatchResult? Result)>(new UnboundedChannelOptions { SingleReader = true });
        long found = 0, foundBytes = 0;
        Exception? producerFailure = null;
        // Dedicated threads, not the thread pool: CPU-bound workers on a 2-core pool would starve the
        // reader, and two jobs would run no faster than one.
        var producer = StartThread("hongqi-reader", () => producerFailure = Produce(inFlight, items, b => { Interlocked.Increment(ref found); Interlocked.Add(ref foundBytes, b); }, cancel));
        var workers = StartWorkers(items, outcomes.Writer, cancel);
        var done = new BatchProgress();
        try
        {
            var pending = new Dictionary<long, BatchResult?>();
            long next = 0;
            // Results are yielded after cancellation too: what was being extracted when it came is not lost.
            await foreach (var (sequence, result) in outcomes.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                pending[sequence] = result;
                while (pending.Remove(next, out var ready))
                {
                    inFlight.Release();
                    next++;
                    // Done by the run this one resumes: no result.
                    if (ready is null) continue;
                    done = new BatchProgress(Interlocked.Read(ref found), Interlocked.Read(ref foundBytes), done.DocumentsDone + 1, done.BytesDone + ready.Entry.Bytes,
                        done.Records + ready.Entry.Records, done.Failed + (ready.Entry.Status == ManifestStatus.Error ? 1 : 0));
                    progress?.Report(done);
                    Log(ready.Entry);
                    yield return ready;
                }
            }
            if (pending.Count > 0 && !cancel.IsCancellationRequested) throw new InvalidOperationException("batch results out of sequence");
        }
        finally
        {
            // Also when the caller stops enumerating early: no thread outlives the collections above.
            stop.Cancel();
            producer.Join();
            workers.ForEach(w => w.Join());
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (producerFailure is not null) throw new IOException($"reading the inputs failed: {producerFailure.Message}", producerFailure);
    }

    private void Log(ManifestEntry entry)
    {
        if (_options.Logger is not { } logger) return;
        if (entry.Status == ManifestStatus.Error) logger.LogWarning("{Doc}: {Error}", entry.Doc, entry.Error);
        else if (entry.Status == ManifestStatus.Skipped) logger.LogDebug("{Doc}: skipped: {Reason}", entry.Doc, entry.Error);
        else logger.LogDebug("{Doc}: {Records} records in {Milliseconds} ms", entry.Doc, entry.Records, Math.Round(entry.Milliseconds, 1));
    }

    /// <summary>Reads the inputs in order into <paramref name="items"/>, at most the in-flight limit ahead; returns what stopped it, if anything but the end or a stop.</summary>
    private Exception? Produce(SemaphoreSlim inFlight, BlockingCollection<BatchItem> items, Action<long> discovered, CancellationToken cancel)
    {
        try
        {
            foreach (var item in new InputEnumerator(_options).Enumerate())
            {
                inFlight.Wait(cancel);
                discovered(item.Bytes?.LongLength ?? 0);
                items.Add(item, cancel);
            }
            return null;
        }
        catch (OperationCanceledException) { return null; }
        catch (Exception e) when (e is not OutOfMemoryException) { return e; }
        finally { items.CompleteAdding(); }
    }

    /// <summary>Starts the workers extracting items into outcomes; the last to finish completes the outcomes.</summary>
    private List<Thread> StartWorkers(BlockingCollection<BatchItem> items, ChannelWriter<(long, BatchResult?)> outcomes, CancellationToken cancel)
    {
        int running = _options.Jobs;
        return Enumerable.Range(0, _options.Jobs).Select(i => StartThread($"hongqi-worker-{i}", () =>
        {
            try
            {
                foreach (var item in items.GetConsumingEnumerable())
                {
                    if (cancel.IsCancellationRequested) break;
                    outcomes.TryWrite((item.Sequence, Process(item)));
                }
            }
            finally
            {
                if (Interlocked.Decrement(ref running) == 0) outcomes.TryComplete();
            }
        })).ToList();
    }

    private static Thread StartThread(string name, Action body)
    {
        var thread = new Thread(() => body()) { Name = name, IsBackground = true };
        thread.Start();
        return thread;
    }

    private BatchResult? Process(BatchItem item)
    {
        if (item.Skipped is not null) return new BatchResult(new ManifestEntry(item.Id, 0, null, ManifestStatus.Skipped, item.Skipped, 0, 0), null);
        if (item.Error is not null) return Failed(item, 0, item.Error, 0);
        long size = item.Bytes!.LongLength;
        string digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(item.Bytes!));
        if (_options.AlreadyDone is { } done && done.TryGetValue(item.Id, out var previous) && previous == digest) return null;
        var watch = Stopwatch.StartNew();
        try
        {
            var result = _extractor.Extract(ReportSource.FromBytes(item.Bytes!, item.Id));
            return new BatchResult(new ManifestEntry(item.Id, size, result.Document.Metadata.Encoding, ManifestStatus.Ok, null, result.Records.Count, watch.Elapsed.TotalMilliseconds) { Sha256 = digest }, result);
        }
        catch (ReportReadException e)
        {
            return Failed(item, size, e.Reason, watch.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug on one document must not lose the batch: it is reported like any other failure.
            return Failed(item, size, $"internal error: {e.GetType().Name}: {e.Message}", watch.Elapsed.TotalMilliseconds);
        }
    }

    private static BatchResult Failed(BatchItem item, long size, string error, double milliseconds) =>
        new(new ManifestEntry(item.Id, size, null, ManifestStatus.Error, error, 0, milliseconds), null);
}
