using System.Runtime.ExceptionServices;

namespace HongqiExtract.Batch;

/// <summary>
/// One run of a batch on dedicated threads that do all of its work: each takes the next item from the
/// source (reading it there, one thread at a time, so directories and archives stream in order),
/// processes it, and hands the result on in input order. Whichever thread finds the next result ready
/// writes it and every one after it that is ready, while the others go on processing; there is no reader
/// or writer thread to wake, so one job uses one core and N jobs N (a separate reader and writer cost a
/// fifth of a one-job run's CPU and capped two jobs at 1.4× one).
/// </summary>
internal sealed class OrderedBatch
{
    private readonly IEnumerator<BatchItem> _source;
    private readonly Func<BatchItem, BatchResult?> _process;
    private readonly Action<BatchResult> _write;
    private readonly Action<BatchItem> _taken;
    private readonly SemaphoreSlim _window;
    private readonly CancellationTokenSource _stop;
    private readonly Lock _sourceLock = new(), _pendingLock = new();
    private readonly Dictionary<long, BatchResult?> _pending = [];
    private long _next;
    private bool _draining, _sourceDone;
    private Exception? _sourceFailure, _writeFailure;

    /// <param name="source">The items, numbered 0, 1, 2… in order.</param>
    /// <param name="process">Gives an item's result, or null for an item that gives none; must not throw.</param>
    /// <param name="write">Called with each result in order, one call at a time, from any of the threads.</param>
    /// <param name="taken">Called with each item as it is taken from the source, one call at a time.</param>
    /// <param name="window">At most this many items taken and not yet written.</param>
    /// <param name="cancellationToken">Stops taking items; those taken are finished and written.</param>
    private OrderedBatch(IEnumerator<BatchItem> source, Func<BatchItem, BatchResult?> process, Action<BatchResult> write, Action<BatchItem> taken, int window, CancellationToken cancellationToken)
    {
        _source = source;
        _process = process;
        _write = write;
        _taken = taken;
        _window = new SemaphoreSlim(window);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>
    /// Runs the items through <paramref name="jobs"/> threads and returns when all are written. Throws what
    /// <paramref name="write"/> threw (nothing is written after it), then <see cref="OperationCanceledException"/>
    /// when cancelled, then <see cref="IOException"/> when the source failed (what it gave before is written).
    /// </summary>
    public static void Run(IEnumerable<BatchItem> source, int jobs, int window, Func<BatchItem, BatchResult?> process, Action<BatchResult> write, Action<BatchItem> taken, CancellationToken cancellationToken)
    {
        using var items = source.GetEnumerator();
        var batch = new OrderedBatch(items, process, write, taken, window, cancellationToken);
        try
        {
            var threads = Enumerable.Range(0, jobs).Select(i => new Thread(batch.Work) { Name = $"hongqi-worker-{i}", IsBackground = true }).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
        }
        finally
        {
            batch._stop.Dispose();
            batch._window.Dispose();
        }
        if (batch._writeFailure is { } writeFailure) ExceptionDispatchInfo.Throw(writeFailure);
        cancellationToken.ThrowIfCancellationRequested();
        if (batch._pending.Count > 0) throw new InvalidOperationException("batch results out of sequence");
        if (batch._sourceFailure is { } sourceFailure) throw new IOException($"reading the inputs failed: {sourceFailure.Message}", sourceFailure);
    }

    private void Work()
    {
        while (Take() is { } item) Commit(item.Sequence, _process(item));
    }

    /// <summary>The next item, or null when the source is done, failed or the run is stopped.</summary>
    private BatchItem? Take()
    {
        try
        {
            _window.Wait(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        lock (_sourceLock)
        {
            if (_sourceDone || _stop.IsCancellationRequested) return null;
            try
            {
                if (_source.MoveNext())
                {
                    _taken(_source.Current);
                    return _source.Current;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _sourceFailure = e;
            }
            _sourceDone = true;
            return null;
        }
    }

    /// <summary>Files the result; the thread that finds the next one to write ready writes the run that is ready.</summary>
    private void Commit(long sequence, BatchResult? result)
    {
        lock (_pendingLock)
        {
            _pending.Add(sequence, result);
            if (_draining) return;
            _draining = true;
        }
        while (true)
        {
            BatchResult? ready;
            lock (_pendingLock)
            {
                if (!_pending.Remove(_next, out ready))
                {
                    _draining = false;
                    return;
                }
                _next++;
            }
            if (ready is not null && _writeFailure is null)
            {
                try
                {
                    _write(ready);
                }
                catch (Exception e)
                {
                    // Nothing more is written or started; the run throws it once every thread is done.
                    _writeFailure = e;
                    _stop.Cancel();
                }
            }
            _window.Release();
        }
    }
}
