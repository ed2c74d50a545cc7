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
    private readonly Dictionary<long, (BatchResult? Result, Exception? Error)> _pending = [];
    private long _next;
    private bool _draining, _sourceDone;
    // What stopped the source (its items before are written, the run ends with an IOException).
    private Exception? _sourceFailure;
    // The first exception of processing or writing: nothing is written after it, and the run throws it.
    private Exception? _failure;

    /// <param name="source">The items, numbered 0, 1, 2… in order.</param>
    /// <param name="process">Gives an item's result, or null for an item that gives none; what it throws stops the run, as the writer's does.</param>
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
    /// <paramref name="process"/> or <paramref name="write"/> threw first (nothing is written after it), then
    /// <see cref="OperationCanceledException"/> when cancelled, then <see cref="IOException"/> when the source
    /// failed (what it gave before is written).
    /// </summary>
    public static void Run(IEnumerable<BatchItem> source, int jobs, int window, Func<BatchItem, BatchResult?> process, Action<BatchResult> write, Action<BatchItem> taken, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
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
        if (batch._failure is { } failure) ExceptionDispatchInfo.Throw(failure);
        cancellationToken.ThrowIfCancellationRequested();
        if (batch._pending.Count > 0) throw new InvalidOperationException("batch results out of sequence");
        if (batch._sourceFailure is { } sourceFailure) throw new IOException($"reading the inputs failed: {sourceFailure.Message}", sourceFailure);
    }

    private void Work()
    {
        while (Take() is { } item)
        {
            BatchResult? result = null;
            Exception? error = null;
            try
            {
                result = _process(item);
            }
            catch (Exception e)
            {
                // Nothing new is started; the results before it are still written, and it fails the run in its turn.
                error = e;
                _stop.Cancel();
            }
            Commit(item.Sequence, result, error);
        }
    }

    private void Fail(Exception e)
    {
        Interlocked.CompareExchange(ref _failure, e, null);
        _stop.Cancel();
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
            if (!_sourceDone && !_stop.IsCancellationRequested)
            {
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
            }
        }
        // Nothing taken: the slot goes back, or a thread still waiting for one would wait for ever.
        _window.Release();
        return null;
    }

    /// <summary>Files the result; the thread that finds the next one to write ready writes the run that is ready.</summary>
    private void Commit(long sequence, BatchResult? result, Exception? error)
    {
        lock (_pendingLock)
        {
            _pending.Add(sequence, (result, error));
            if (_draining) return;
            _draining = true;
        }
        while (true)
        {
            (BatchResult? Result, Exception? Error) ready;
            lock (_pendingLock)
            {
                if (!_pending.Remove(_next, out ready))
                {
                    _draining = false;
                    return;
                }
                _next++;
            }
            if (ready.Error is not null) Fail(ready.Error);
            else if (ready.Result is not null && Volatile.Read(ref _failure) is null)
            {
                try
                {
                    _write(ready.Result);
                }
                catch (Exception e)
                {
                    // Nothing more is written or started; the run throws it once every thread is done.
                    Fail(e);
                }
            }
            _window.Release();
        }
    }
}
