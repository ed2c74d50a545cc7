using System.Diagnostics;
using System.Globalization;

namespace HongqiExtract.Cli.Batch;

/// <summary>A one-line progress bar on stderr when it is a terminal: documents done/found, records, MB/s, time left.</summary>
internal sealed class ProgressReporter(TextWriter stderr, bool enabled)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _found, _foundBytes, _done, _doneBytes, _records, _failed;
    private long _lastDrawMs = -1000;

    public void Discovered(long bytes)
    {
        Interlocked.Increment(ref _found);
        Interlocked.Add(ref _foundBytes, bytes);
    }

    public void Completed(BatchOutcome outcome)
    {
        _done++;
        _doneBytes += outcome.ByteCount;
        _records += outcome.Records.Count;
        if (outcome.Error is not null) _failed++;
        if (enabled && _clock.ElapsedMilliseconds - _lastDrawMs >= 200) Draw();
    }

    public void Finish()
    {
        if (!enabled) return;
        Draw();
        stderr.WriteLine();
    }

    private void Draw()
    {
        _lastDrawMs = _clock.ElapsedMilliseconds;
        double seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        double mbps = _doneBytes / 1048576.0 / seconds;
        long found = Interlocked.Read(ref _found);
        double share = found == 0 ? 0 : (double)_done / found;
        int width = 24, filled = (int)(share * width);
        string left = _doneBytes > 0 && mbps > 0
            ? TimeSpan.FromSeconds((Interlocked.Read(ref _foundBytes) - _doneBytes) / 1048576.0 / mbps).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)
            : "--:--:--";
        stderr.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{found} docs  {_records} records  {_failed} failed  {mbps:0.0} MB/s  left {left} "));
    }
}
