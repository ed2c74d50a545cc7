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

    /// <summary>
    /// Runs the batch. On cancellation no new document is started, the ones being extracted finish,
    /// the manifest is committed with the documents done, and the records output is left as it was.
    /// </summary>
    public async Task<int> RunAsync(OutputFile output, OutputFile? manifestFile, CancellationToken interrupt)
    {
        var progress = new ProgressReporter(stderr, enabled: !options.Quiet && !Console.IsErrorRedirected);
        var manifest = manifestFile is null ? null : new ManifestWriter(manifestFile.Stream);
        int failed = 0, done = 0;
        bool interrupted = false;
        await using (var sink = CreateSink(output.Stream))
        {
            try
            {
                await foreach (var result in new BatchExtractor(options.Batch).ExtractAsync(progress, interrupt).ConfigureAwait(false))
                {
                    await WriteAsync(result, sink, manifest).ConfigureAwait(false);
                    if (result.Entry.Status == ManifestStatus.Error) failed++;
                    done++;
                }
            }
            catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
            {
                interrupted = true;
                sink.Abandon();
            }
        }
        progress.Finish();
        manifestFile?.Commit();
        if (interrupted)
        {
            await stderr.WriteLineAsync($"hongqi: interrupted after {done} documents; {output.Name} was not replaced"
                + (manifestFile is null ? "" : $"; {manifestFile.Name} lists the documents done")).ConfigureAwait(false);
            return -1;
        }
        output.Commit();
        return failed > 0 ? CommandLine.SomeFailed : CommandLine.Ok;
    }

    private async Task WriteAsync(BatchResult result, IRecordSink sink, ManifestWriter? manifest)
    {
        var entry = result.Entry;
        if (entry.Status == ManifestStatus.Error) await stderr.WriteLineAsync($"hongqi: {entry.Doc}: {entry.Error}").ConfigureAwait(false);
        else await sink.WriteAsync(result.Records).ConfigureAwait(false);
        if (options.Verbose && entry.Status == ManifestStatus.Skipped) await stderr.WriteLineAsync($"hongqi: {entry.Doc}: skipped: {entry.Error}").ConfigureAwait(false);
        if (options.Verbose)
            foreach (var diagnostic in result.Diagnostics) await stderr.WriteLineAsync($"hongqi: {entry.Doc}: {diagnostic}").ConfigureAwait(false);
        manifest?.Write(entry);
    }

    private IRecordSink CreateSink(Stream output) => options.Format switch
    {
        "csv" => new CsvSink(output, options.CsvBom),
        "parquet" => new ParquetSink(output, options.ParquetDecimal),
        _ => new JsonLinesSink(output),
    };
}
