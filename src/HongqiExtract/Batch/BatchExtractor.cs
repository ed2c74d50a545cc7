using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using Microsoft.Extensions.Logging;

namespace HongqiExtract.Batch;

/// <summary>
/// Extracts a batch of documents on <see cref="BatchOptions.Jobs"/> dedicated threads, each of which
/// takes the next input (files, directories, archives, standard input, in order; each document bounded
/// in bytes), extracts it, and hands results on in input order, so a run's output is the same whatever
/// the number of jobs. At most four documents per job are in memory at once. Every input gives exactly
/// one result, with its manifest entry: a file that cannot be read is an error result, never an
/// exception, and the batch goes on.
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
    /// Runs the batch and returns when every result is written: <paramref name="write"/> gets them in input
    /// order, one call at a time, on the batch's threads (whichever has the next one ready; the others go on
    /// extracting), so it needs no locking and the batch needs no writer thread. On cancellation no new
    /// document is started, the ones being extracted finish and are written, and then
    /// <see cref="OperationCanceledException"/> is thrown. What <paramref name="write"/> throws stops the
    /// batch (nothing more is written) and is thrown once the documents being extracted are done.
    /// </summary>
    /// <param name="write">Takes each result, in input order.</param>
    /// <param name="progress">Told after each result is written, from the same thread.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <exception cref="IOException">Enumerating the inputs failed; the results before it were written.</exception>
    public void Run(Action<BatchResult> write, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        Run(write, progress, _options.Jobs * 4, cancellationToken);
    }

    /// <summary>
    /// The results, in input order. On cancellation no new document is started, the ones being
    /// extracted finish and are yielded, and then <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    /// <param name="progress">Told after each result is handed to the enumerator, from the batch's threads, one report at a time.</param>
    /// <remarks>The batch waits for the enumerator: one result waits in the hand-off, the others in flight behind it.</remarks>
    /// <param name="cancellationToken">Stops the batch.</param>
    public async IAsyncEnumerable<BatchResult> ExtractAsync(IProgress<BatchProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The enumerator stopped early: the run stops, and its last hand-off, which no one will take, is given up.
        using var abandoned = new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, abandoned.Token);
        var handOff = Channel.CreateBounded<BatchResult>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        // One result waits in the hand-off, so the run keeps one fewer in flight: four per job in all.
        var run = Task.Factory.StartNew(() =>
        {
            try
            {
                Run(r => handOff.Writer.WriteAsync(r, abandoned.Token).AsTask().GetAwaiter().GetResult(), progress, _options.Jobs * 4 - 1, stop.Token);
            }
            finally
            {
                handOff.Writer.TryComplete();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await foreach (var result in handOff.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false)) yield return result;
        }
        finally
        {
            // Also when the caller stops enumerating early: no thread outlives the enumeration.
            await abandoned.CancelAsync().ConfigureAwait(false);
            await ((Task)run).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            // Observed, so that a run stopped with the enumeration raises no unobserved-task event.
            _ = run.Exception;
        }
        // With the caller's token, as callers filter on it.
        cancellationToken.ThrowIfCancellationRequested();
        await run.ConfigureAwait(false);
    }

    private void Run(Action<BatchResult> write, IProgress<BatchProgress>? progress, int window, CancellationToken cancellationToken)
    {
        long found = 0, foundBytes = 0;
        var done = new BatchProgress();
        OrderedBatch.Run(new InputEnumerator(_options).Enumerate(), _options.Jobs, window, Process,
            write: result =>
            {
                write(result);
                done = new BatchProgress(Interlocked.Read(ref found), Interlocked.Read(ref foundBytes), done.DocumentsDone + 1, done.BytesDone + result.Entry.Bytes,
                    done.Records + result.Entry.Records, done.Failed + (result.Entry.Status == ManifestStatus.Error ? 1 : 0));
                progress?.Report(done);
                Log(result.Entry);
            },
            taken: item =>
            {
                Interlocked.Increment(ref found);
                Interlocked.Add(ref foundBytes, item.Bytes?.LongLength ?? 0);
            },
            cancellationToken);
    }

    private void Log(ManifestEntry entry)
    {
        if (_options.Logger is not { } logger) return;
        if (entry.Status == ManifestStatus.Error) logger.LogWarning("{Doc}: {Error}", entry.Doc, entry.Error);
        else if (entry.Status == ManifestStatus.Skipped) logger.LogDebug("{Doc}: skipped: {Reason}", entry.Doc, entry.Error);
        else logger.LogDebug("{Doc}: {Records} records in {Milliseconds} ms", entry.Doc, entry.Records, Math.Round(entry.Milliseconds, 1));
    }

    private BatchResult? Process(BatchItem item)
    {
        if (item.Skipped is not null) return new BatchResult(new ManifestEntry(item.Id, 0, null, ManifestStatus.Skipped, item.Skipped, 0, 0), null);
        if (item.Error is not null) return Failed(item, 0, item.Error, 0);
        long size = item.Bytes!.LongLength;
        string? digest = _options.DigestInputs || _options.AlreadyDone is not null
            ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(item.Bytes!))
            : null;
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
