using HongqiExtract.Cli.Panels;
using HongqiExtract.Pipeline;

namespace HongqiExtract.Cli;

/// <summary>
/// hongqi catalogue unmatched INPUT... [--top N]: the names that got no indicator_id, most frequent
/// first, with the coverage (records with an id), for growing the catalogue. INPUT is a records file
/// (.jsonl, .ndjson, .jsonl.gz, .parquet, as hongqi extract writes them), or documents and directories, extracted here.
/// </summary>
internal static class CatalogueCommand
{
    private const int DefaultTop = 50;

    public static async Task<int> RunAsync(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        args.Allow("--top");
        if (args.Positional is not ["unmatched", _, ..]) throw new UsageException("catalogue unmatched needs at least one INPUT");
        int top = args.GetInt("--top") ?? DefaultTop;
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        int records = 0, matched = 0, failed = 0;
        var extractor = new IndicatorExtractor();
        foreach (var input in args.Positional.Skip(1))
        {
            // The same inputs as hongqi panel: records files read back, documents extracted.
            foreach (var batch in await RecordFiles.OfInputAsync(input, extractor, stderr).ConfigureAwait(false))
            {
                if (batch is null) { failed++; continue; }
                foreach (var record in batch)
                {
                    records++;
                    if (record.IndicatorId is not null) matched++;
                    else if (record.Name is { } name) names[name] = names.GetValueOrDefault(name) + 1;
                }
            }
        }
        await stdout.WriteLineAsync($"coverage: {matched} of {records} records have an indicator_id ({(records == 0 ? 0 : 100.0 * matched / records):F1} %); {names.Count} distinct names have none").ConfigureAwait(false);
        foreach (var (name, count) in names.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
            await stdout.WriteLineAsync($"{count}\t{name}").ConfigureAwait(false);
        return failed == 0 ? CommandLine.Ok : CommandLine.SomeFailed;
    }
}
