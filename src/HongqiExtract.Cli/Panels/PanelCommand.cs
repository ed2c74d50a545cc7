using HongqiExtract.Batch;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Cli.Panels;

/// <summary>
/// hongqi panel INPUT... --output FILE [--layout long|wide] [--conflicts FILE]: reads records files
/// (.jsonl, .ndjson, .jsonl.gz, .parquet, as hongqi extract writes them) or extracts the inputs (files or
/// directories of documents), and writes the panel of region × indicator × year × kind × target: long
/// (one cell a row, with the chosen figure's source) or wide (a column per year), as CSV or, for an
/// output ending in .parquet, Parquet. --conflicts lists the figures the rule did not choose.
/// </summary>
internal static class PanelCommand
{
    public static async Task<int> RunAsync(ParsedArguments args, TextWriter stderr)
    {
        args.Allow("--output", "--layout", "--conflicts", "--report-year");
        if (args.Positional.Count == 0) throw new UsageException("panel needs at least one INPUT");
        string layout = args.Get("--layout") ?? "long";
        if (layout is not ("long" or "wide")) throw new UsageException($"--layout {layout}: long or wide");
        var output = args.Get("--output") ?? throw new UsageException("panel needs --output FILE");
        var extractor = new IndicatorExtractor(new ExtractorOptions(new ReaderOptions(ReportYear: args.GetInt("--report-year"))));
        var figures = new List<PanelFigure>();
        int failed = 0, records = 0;
        var documents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in args.Positional)
        {
            foreach (var batch in await RecordFiles.OfInputAsync(input, extractor, stderr).ConfigureAwait(false))
            {
                if (batch is null) { failed++; continue; }
                records += batch.Count;
                documents.UnionWith(batch.Select(r => r.Doc));
                figures.AddRange(batch.Select(PanelBuilder.Place).OfType<PanelFigure>());
            }
        }
        var cells = PanelBuilder.Build(figures);
        await WriteAsync(cells, output, layout).ConfigureAwait(false);
        if (args.Get("--conflicts") is { } conflicts)
            using (var writer = new StreamWriter(conflicts, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" }) PanelWriter.Conflicts(cells, writer);
        int conflicting = cells.Count(c => c.Others.Count > 0);
        stderr.WriteLine($"hongqi: {documents.Count} documents, {records} records, {figures.Count} in the panel, {cells.Count} cells, {conflicting} stated by more than one figure");
        return failed == 0 ? CommandLine.Ok : CommandLine.SomeFailed;
    }

    private static async Task WriteAsync(IReadOnlyList<PanelCell> cells, string output, string layout)
    {
        if (output.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            await using var stream = File.Create(output);
            await (layout == "long" ? PanelParquet.LongAsync(cells, stream) : PanelParquet.WideAsync(cells, stream)).ConfigureAwait(false);
            return;
        }
        using var writer = new StreamWriter(output, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        if (layout == "long") PanelWriter.Long(cells, writer); else PanelWriter.Wide(cells, writer);
    }
}
