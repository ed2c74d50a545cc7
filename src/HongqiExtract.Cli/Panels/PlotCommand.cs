using System.Globalization;

namespace HongqiExtract.Cli.Panels;

/// <summary>
/// hongqi plot PANEL.csv --indicator ID [--kind growth] [--region 全国] --output FILE.png|.svg: one
/// indicator over the years from a long panel, the achieved figures against the targets, drawn with
/// ScottPlot. Labels are in English so the picture needs no CJK font.
/// </summary>
internal static class PlotCommand
{
    private const int Width = 900, Height = 500;

    public static int Run(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        args.Allow("--indicator", "--kind", "--region", "--output", "--title");
        if (args.Positional is not [var panelPath]) throw new UsageException("plot needs one PANEL.csv (hongqi panel --layout long)");
        string indicator = args.Get("--indicator") ?? throw new UsageException("plot needs --indicator ID");
        string output = args.Get("--output") ?? throw new UsageException("plot needs --output FILE.png or FILE.svg");
        string kind = args.Get("--kind") ?? "level";
        string? region = args.Get("--region");
        if (!File.Exists(panelPath)) { stderr.WriteLine($"hongqi: {panelPath}: no such file"); return CommandLine.SomeFailed; }
        List<Dictionary<string, string>> rows;
        try
        {
            rows = PanelCsv.Read(panelPath);
        }
        catch (InvalidDataException e)
        {
            stderr.WriteLine($"hongqi: {e.Message}");
            return CommandLine.SomeFailed;
        }
        var chosen = rows.Where(r => r["indicator_id"] == indicator && r["kind"] == kind && (region is null || r["region"] == region)).ToList();
        if (chosen.Count == 0) { stderr.WriteLine($"hongqi: {panelPath}: no {kind} figures of {indicator}{(region is null ? "" : " for " + region)}"); return CommandLine.SomeFailed; }
        var plot = new ScottPlot.Plot();
        foreach (var (target, label) in new[] { (false, "achieved"), (true, "target") })
        {
            var series = chosen.Where(r => r["is_target"] == (target ? "true" : "false"))
                .Select(r => (Year: double.Parse(r["year"], CultureInfo.InvariantCulture), Value: double.Parse(r["normalized_value"], CultureInfo.InvariantCulture)))
                .OrderBy(p => p.Year).ToList();
            if (series.Count == 0) continue;
            var scatter = plot.Add.Scatter(series.Select(p => p.Year).ToArray(), series.Select(p => p.Value).ToArray());
            scatter.LegendText = label;
            scatter.MarkerSize = 7;
            if (target) scatter.LinePattern = ScottPlot.LinePattern.Dashed;
        }
        string unit = chosen[0]["normalized_unit"];
        plot.Title(args.Get("--title") ?? $"{indicator} ({kind}){(region is null ? "" : ", " + RegionLabel(region))}: achieved and target");
        plot.YLabel(unit.Length == 0 ? kind : $"{kind} ({unit})");
        plot.XLabel("year");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture), IntegerTicksOnly = true };
        plot.ShowLegend();
        if (output.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) plot.SaveSvg(output, Width, Height); else plot.SavePng(output, Width, Height);
        stdout.WriteLine($"{output}: {chosen.Count} figures of {indicator} ({kind})");
        return CommandLine.Ok;
    }

    /// <summary>The region as a label a Latin font can draw: 全国 is national, others are left out of the title by the caller's --title.</summary>
    private static string RegionLabel(string region) => region == "全国" ? "national" : region.All(c => c < 128) ? region : "regional";
}
