using System.Diagnostics;
using System.Globalization;
using HongqiExtract.Batch;

namespace HongqiExtract.Cli.Batch;

/// <summary>A one-line progress bar on stderr when it is a terminal: documents done/found, records, MB/s, time left.</summary>
internal sealed class ProgressReporter(TextWriter stderr, bool enabled) : IProgress<BatchProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private BatchProgress _last;
    private long _lastDrawMs = -1000;

    public void Report(BatchProgress value)
    {
        _last = value;
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
        var p = _last;
        double seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        double mbps = p.BytesDone / 1048576.0 / seconds;
        double share = p.DocumentsFound == 0 ? 0 : (double)p.DocumentsDone / p.DocumentsFound;
        int width = 24, filled = (int)(share * width);
        string left = p.BytesDone > 0 && mbps > 0
            ? TimeSpan.FromSeconds(Math.Max(0, p.BytesFound - p.BytesDone) / 1048576.0 / mbps).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)
            : "--:--:--";
        stderr.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', width - filled)}] {p.DocumentsDone}/{p.DocumentsFound} docs  {p.Records} records  {p.Failed} failed  {mbps:0.0} MB/s  left {left} "));
    }
}
