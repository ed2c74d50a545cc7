using System.Diagnostics;
using System.Globalization;
using HongqiExtract.Batch;
using Spectre.Console;

namespace HongqiExtract.Cli.Batch;

/// <summary>
/// The batch's progress on stderr: a live Spectre.Console bar, redrawn on its own timer (ten times a
/// second), of bytes done against the bytes known ahead (the inputs' file sizes, or what the reader has
/// found when that is more), with documents, records, failures, throughput and time left; shown only on
/// an interactive terminal (not with stderr redirected, TERM=dumb or --quiet; NO_COLOR drops the colour).
/// Then a plain summary line, unless --quiet.
/// </summary>
internal sealed class ProgressReporter : IProgress<BatchProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TextWriter _stderr;
    private readonly bool _quiet;
    private readonly IReadOnlyList<string> _inputs;
    private long _knownBytes;
    private BatchProgress _last;
    private ProgressTask? _task;

    public ProgressReporter(TextWriter stderr, bool quiet, IReadOnlyList<string> inputs)
    {
        _stderr = stderr;
        _quiet = quiet;
        _inputs = inputs;
    }

    /// <summary>Whether a live bar is drawn: an interactive terminal that can redraw a line.</summary>
    public static bool IsLive(bool quiet) =>
        !quiet && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not ("dumb" or "") && Environment.GetEnvironmentVariable("TERM") is not null;

    /// <summary>Runs the batch inside the live bar where there is one, else plainly; the summary line after.</summary>
    public async Task<T> RunAsync<T>(Func<IProgress<BatchProgress>, Task<T>> batch)
    {
        T result;
        if (IsLive(_quiet))
        {
            // Sizes are looked up only for a bar that shows them: a batch without one walks its inputs once.
            _knownBytes = KnownBytes(_inputs);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_stderr) });
            result = await console.Progress().AutoRefresh(true).AutoClear(false)
                .Columns(new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
                .StartAsync(async context =>
                {
                    _task = context.AddTask("starting", maxValue: Math.Max(1, _knownBytes));
                    var outcome = await batch(this).ConfigureAwait(false);
                    // The estimate counts files the batch skips (README.md): done is done.
                    _task.Value = _task.MaxValue;
                    return outcome;
                }).ConfigureAwait(false);
        }
        else result = await batch(this).ConfigureAwait(false);
        if (!_quiet) await _stderr.WriteLineAsync($"hongqi: {Summary(_last)}").ConfigureAwait(false);
        return result;
    }

    public void Report(BatchProgress value)
    {
        _last = value;
        if (_task is null) return;
        _task.MaxValue = Math.Max(Math.Max(1, _knownBytes), value.BytesFound);
        _task.Value = Math.Min(value.BytesDone, _task.MaxValue);
        _task.Description = Markup.Escape(Summary(value));
    }

    private string Summary(BatchProgress p)
    {
        double seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.DocumentsDone}/{p.DocumentsFound} documents, {p.Records} records, {p.Failed} failed, {p.BytesDone / 1048576.0 / seconds:0.0} MB/s, {seconds:0.0} s");
    }

    /// <summary>The bytes of the inputs, known before any is read: file sizes, directories' files; stdin and missing inputs count 0.</summary>
    private static long KnownBytes(IEnumerable<string> inputs)
    {
        long total = 0;
        foreach (var input in inputs)
        {
            try
            {
                if (File.Exists(input)) total += new FileInfo(input).Length;
                else if (Directory.Exists(input)) total += DirectoryWalker.Walk(input).Where(f => f.Error is null).Sum(f => new FileInfo(f.Path).Length);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The reader reports the input's error; the estimate just leaves it out.
            }
        }
        return total;
    }
}
