using HongqiExtract.Cli.Batch;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Cli.Panels;

/// <summary>
/// hongqi panel INPUT... --output FILE [--layout long|wide] [--conflicts FILE]: extracts the inputs
/// (files or directories of documents) and writes the panel of region × indicator × year × kind ×
/// target as CSV: long (one cell a row, with the chosen figure's source) or wide (one row per region ×
/// indicator × kind × target, a column per year). --conflicts lists the figures the rule did not choose.
/// </summary>
internal static class PanelCommand
{
    public static int Run(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        args.Allow("--output", "--layout", "--conflicts", "--report-year");
        if (args.Positional.Count == 0) throw new UsageException("panel needs at least one INPUT");
        string layout = args.Get("--layout") ?? "long";
        if (layout is not ("long" or "wide")) throw new UsageException($"--layout {layout}: long or wide");
        var output = args.Get("--output") ?? throw new UsageException("panel needs --output FILE");
        var extractor = new IndicatorExtractor(new ExtractorOptions(new ReaderOptions(ReportYear: args.GetInt("--report-year"))));
        var figures = new List<PanelFigure>();
        int failed = 0, documents = 0, records = 0;
        foreach (var file in DocumentTypes.Files(args.Positional))
        {
            try
            {
                var result = extractor.Extract(ReportSource.FromFile(file));
                documents++;
                records += result.Records.Count;
                var metadata = result.Document.Metadata;
                figures.AddRange(result.Records.Select(r => PanelBuilder.Place(r, metadata.Region, metadata.ReportYear, metadata.RegionCode)).OfType<PanelFigure>());
            }
            catch (ReportReadException e)
            {
                stderr.WriteLine($"hongqi: {e.Message}");
                failed++;
            }
        }
        var cells = PanelBuilder.Build(figures);
        using (var writer = new StreamWriter(output, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
            if (layout == "long") PanelWriter.Long(cells, writer); else PanelWriter.Wide(cells, writer);
        if (args.Get("--conflicts") is { } conflicts)
            using (var writer = new StreamWriter(conflicts, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" }) PanelWriter.Conflicts(cells, writer);
        int conflicting = cells.Count(c => c.Others.Count > 0);
        stderr.WriteLine($"hongqi: {documents} documents, {records} records, {figures.Count} in the panel, {cells.Count} cells, {conflicting} stated by more than one figure");
        return failed == 0 ? CommandLine.Ok : CommandLine.SomeFailed;
    }

}
