using HongqiExtract.Batch;

namespace HongqiExtract.Cli.Batch;

/// <summary>
/// hongqi extract's batch: the library's <see cref="BatchExtractor"/> does the reading and extracting in
/// input order; this writes its results: records to the sink, errors to stderr, a manifest line each,
/// and the progress bar.
/// </summary>
internal sealed class BatchRunner(ExtractOptions options, TextWriter stderr)
{
    /// <summary>Exit codes for a run stopped by SIGINT and SIGTERM, as shells report them.</summary>
    public const int Interrupted = 130, Terminated = 143;

    private int _failed;

    /// <summary>
    /// Runs the batch. On cancellation no new document is started and the ones being extracted finish;
    /// with a manifest, it and the records output are committed with the documents done (a part to
    /// resume), without one the records output is left as it was.
    /// </summary>
    public async Task<int> RunAsync(OutputFile output, OutputFile? manifestFile, CancellationToken interrupt)
    {
        var progress = new ProgressReporter(stderr, options.Quiet, options.Batch.Inputs);
        var manifest = manifestFile is null ? null : new ManifestWriter(manifestFile.Stream);
        var (done, interrupted) = await progress.RunAsync(bar => WriteAllAsync(output, manifest, bar, interrupt)).ConfigureAwait(false);
        manifestFile?.Commit();
        if (interrupted && manifestFile is null)
        {
            await stderr.WriteLineAsync($"hongqi: interrupted after {done} documents; {output.Name} was not replaced").ConfigureAwait(false);
            return -1;
        }
        if (interrupted)
        {
            output.Commit();
            await stderr.WriteLineAsync($"hongqi: interrupted after {done} documents; {output.Name} and {manifestFile!.Name} hold them: "
                + $"continue with --resume {manifestFile.Name} and a new --output and --manifest, then hongqi merge the parts").ConfigureAwait(false);
            return -1;
        }
        output.Commit();
        return _failed > 0 ? CommandLine.SomeFailed : CommandLine.Ok;
    }

    /// <summary>Writes every result; returns how many inputs were done and whether the run was interrupted.</summary>
    private async Task<(int Done, bool Interrupted)> WriteAllAsync(OutputFile output, ManifestWriter? manifest, IProgress<BatchProgress> progress, CancellationToken interrupt)
    {
        int done = 0;
        await using var sink = CreateSink(output.Stream);
        try
        {
            // The batch's threads write each result in turn: no writer thread to wake once a document.
            var batch = new BatchExtractor(options.Batch);
            await Task.Factory.StartNew(() => batch.Run(result =>
            {
                Write(result, sink, manifest);
                if (result.Entry.Status == ManifestStatus.Error) _failed++;
                done++;
            }, progress, interrupt), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            // With a manifest the records of the documents done are kept with it, a part that --resume continues;
            // without one the old output stays.
            if (manifest is null) sink.Abandon();
            return (done, true);
        }
        return (done, false);
    }

    private void Write(BatchResult result, IRecordSink sink, ManifestWriter? manifest)
    {
        var entry = result.Entry;
        if (entry.Status == ManifestStatus.Error) stderr.WriteLine($"hongqi: {entry.Doc}: {entry.Error}");
        else sink.Write(result.Records);
        if (options.Verbose && entry.Status == ManifestStatus.Skipped) stderr.WriteLine($"hongqi: {entry.Doc}: skipped: {entry.Error}");
        if (options.Verbose)
            foreach (var diagnostic in result.Diagnostics) stderr.WriteLine($"hongqi: {entry.Doc}: {diagnostic}");
        manifest?.Write(entry);
    }

    private IRecordSink CreateSink(Stream output) => options.Format switch
    {
        "csv" => new CsvSink(output, options.CsvBom),
        "parquet" => new ParquetSink(output, options.ParquetDecimal),
        _ => new JsonLinesSink(output),
    };
}
