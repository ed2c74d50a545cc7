using System.Text.Json;
using HongqiExtract.Cli;

namespace HongqiExtract.Tests.Cli;

/// <summary>Runs hongqi extract with its records and manifest written to a folder outside the inputs, and reads both back.</summary>
internal static class ExtractRun
{
    public static (int Code, string Err, string[] Records, List<JsonElement> Manifest) Run(string outputFolder, params string[] args)
    {
        // Outputs go outside the input folder, which some tests read whole.
        var output = Path.Combine(outputFolder, Guid.NewGuid().ToString("N") + ".jsonl");
        var manifest = Path.Combine(outputFolder, Guid.NewGuid().ToString("N") + ".manifest.jsonl");
        var err = new StringWriter();
        int code = CommandLine.RunAsync(["extract", .. args, "--output", output, "--manifest", manifest, "--quiet"], new StringWriter(), err).GetAwaiter().GetResult();
        var records = File.Exists(output) ? File.ReadAllLines(output) : [];
        var lines = File.Exists(manifest) ? File.ReadAllLines(manifest).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList() : [];
        return (code, err.ToString(), records, lines);
    }
}
