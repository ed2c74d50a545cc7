using HongqiExtract.Batch;

namespace HongqiExtract.Tests.Batch;

/// <summary>
/// The batch's threads: items taken in order, processed at once on several threads, written in input order
/// one at a time by whichever thread has the next one, within the in-flight window, and what fails stops it cleanly.
/// </summary>
public sealed class OrderedBatchTests
{
    private static IEnumerable<BatchItem> Items(int count, Action<int>? onTake = null)
    {
        for (int i = 0; i < count; i++)
        {
            onTake?.Invoke(i);
            yield return new BatchItem(i, $"doc{i}", [], null);
        }
    }

    private static BatchResult Result(BatchItem item) => new(new ManifestEntry(item.Id, 0, null, ManifestStatus.Ok, null, 0, 0), null);

    /// <summary>Processing that takes a different time for each item, so later items often finish first.</summary>
    private static BatchResult Uneven(BatchItem item)
    {
        Thread.SpinWait((int)(item.Sequence * 7919 % 13) * 2_000);
        return Result(item);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Results_are_written_in_input_order_one_call_at_a_time_whatever_the_jobs(int jobs)
    {
        var written = new List<string>();
        int writing = 0, overlapped = 0;
        OrderedBatch.Run(Items(300), jobs, jobs * 4, Uneven, r =>
        {
            if (Interlocked.Increment(ref writing) > 1) Interlocked.Increment(ref overlapped);
            // A write that takes a while gives a second writer, if there were one, time to overlap it.
            Thread.SpinWait(20_000);
            written.Add(r.Entry.Doc);
            Interlocked.Decrement(ref writing);
        }, _ => { }, CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"doc{i}"), written);
        Assert.Equal(0, overlapped);
    }

    [Fact]
    public void Several_jobs_process_at_once_and_write_from_their_own_threads_with_no_writer_thread()
    {
        var processors = new HashSet<int>();
        var writers = new HashSet<int>();
        int processing = 0, most = 0;
        OrderedBatch.Run(Items(200), 2, 8, item =>
        {
            int now = Interlocked.Increment(ref processing);
            lock (processors) { processors.Add(Environment.CurrentManagedThreadId); most = Math.Max(most, now); }
            var result = Uneven(item);
            Interlocked.Decrement(ref processing);
            return result;
        }, _ => writers.Add(Environment.CurrentManagedThreadId), _ => { }, CancellationToken.None);
        Assert.Equal(2, processors.Count);
        Assert.Equal(2, most);
        Assert.Subset(processors, writers);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, processors);
    }

    [Fact]
    public void No_more_than_the_window_is_taken_and_not_yet_written()
    {
        int taken = 0, written = 0, most = 0;
        OrderedBatch.Run(Items(300), 3, 5, Uneven, _ => Interlocked.Increment(ref written),
            _ => most = Math.Max(most, Interlocked.Increment(ref taken) - Volatile.Read(ref written)), CancellationToken.None);
        Assert.Equal(300, written);
        Assert.InRange(most, 2, 5);
    }

    [Fact]
    public void An_item_that_gives_no_result_is_passed_over_in_order()
    {
        var written = new List<long>();
        OrderedBatch.Run(Items(50), 2, 8, item => item.Sequence % 3 == 0 ? null : Uneven(item), r => written.Add(long.Parse(r.Entry.Doc[3..])), _ => { }, CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 50).Where(i => i % 3 != 0).Select(i => (long)i), written);
    }

    [Fact]
    public void What_the_writer_throws_stops_the_batch_and_is_thrown_with_nothing_written_after_it()
    {
        var written = new List<string>();
        int takenAfter = 0;
        bool failed = false;
        var error = Assert.Throws<IOException>(() => OrderedBatch.Run(Items(1000), 2, 8, Uneven, r =>
        {
            if (r.Entry.Doc == "doc20") { failed = true; throw new IOException("disk full"); }
            written.Add(r.Entry.Doc);
        }, _ => { if (Volatile.Read(ref failed)) Interlocked.Increment(ref takenAfter); }, CancellationToken.None));
        Assert.Equal("disk full", error.Message);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"doc{i}"), written);
        // Stopped, not drained: only what the other thread took before the stop landed, at most the window.
        Assert.InRange(takenAfter, 0, 8);
    }

    [Fact]
    public void What_processing_throws_stops_the_batch_and_is_thrown_with_nothing_written_after_it()
    {
        var written = new List<string>();
        var error = Assert.Throws<InvalidOperationException>(() => OrderedBatch.Run(Items(1000), 2, 8,
            item => item.Sequence == 15 ? throw new InvalidOperationException("a bug") : Uneven(item), r => written.Add(r.Entry.Doc), _ => { }, CancellationToken.None));
        Assert.Equal("a bug", error.Message);
        Assert.Equal(Enumerable.Range(0, 15).Select(i => $"doc{i}"), written);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Fewer_than_one_job_or_slot_is_refused(int jobs, int window) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderedBatch.Run(Items(3), jobs, window, Result, _ => { }, _ => { }, CancellationToken.None));

    [Fact]
    public async Task A_window_smaller_than_the_jobs_still_finishes()
    {
        var written = new List<string>();
        // Threads that find nothing to take give their slot back; one that kept it would leave the others waiting.
        var run = Task.Run(() => OrderedBatch.Run(Items(1), 4, 1, Uneven, r => written.Add(r.Entry.Doc), _ => { }, CancellationToken.None));
        await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["doc0"], written);
    }

    [Fact]
    public void A_failing_source_keeps_what_it_gave_and_throws_an_io_error_naming_the_cause()
    {
        var written = new List<string>();
        var error = Assert.Throws<IOException>(() => OrderedBatch.Run(Items(100, i => { if (i == 30) throw new UnauthorizedAccessException("no entry"); }),
            2, 8, Uneven, r => written.Add(r.Entry.Doc), _ => { }, CancellationToken.None));
        Assert.Contains("no entry", error.Message, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"doc{i}"), written);
    }

    [Fact]
    public void Cancelling_finishes_and_writes_what_was_taken_then_throws()
    {
        using var cancel = new CancellationTokenSource();
        var written = new List<string>();
        int taken = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => OrderedBatch.Run(Items(10_000), 2, 8, Uneven, r =>
        {
            written.Add(r.Entry.Doc);
            if (written.Count == 10) cancel.Cancel();
        }, _ => Interlocked.Increment(ref taken), cancel.Token));
        Assert.InRange(written.Count, 10, 10 + 8);
        // Everything taken was written, in order: nothing in flight is lost.
        Assert.Equal(taken, written.Count);
        Assert.Equal(Enumerable.Range(0, written.Count).Select(i => $"doc{i}"), written);
    }
}
