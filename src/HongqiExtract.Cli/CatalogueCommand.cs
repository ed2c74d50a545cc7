using System.Text.Json;
using HongqiExtract.Batch;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Cli;

/// <summary>
/// hongqi catalogue unmatched INPUT... [--top N]: the names that got no indicator_id, most frequent
/// first, with the coverage (records with an id), for growing the catalogue. INPUT is a records file
/// (.jsonl, as hongqi extract writes it), or documents and directories, extracted here.
/// </summary>
internal static class CatalogueCommand
{
    private const int DefaultTop = 50;

    public static int Run(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        args.Allow("--top");
        if (args.Positional is not ["unmatched", _, ..]) throw new UsageException("catalogue unmatched needs at least one INPUT");
        int top = args.GetInt("--top") ?? DefaultTop;
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        int records = 0, matched = 0, failed = 0;
        var extractor = new IndicatorExtractor();
        foreach (var input in args.Positional.Skip(1))
        {
            foreach (var (name, id) in Records(input, extractor, stderr, ref failed))
            {
                records++;
                if (id is not null) matched++;
                else if (name is not null) names[name] = names.GetValueOrDefault(name) + 1;
            }
        }
        stdout.WriteLine($"coverage: {matched} of {records} records have an indicator_id ({(records == 0 ? 0 : 100.0 * matched / records):F1} %); {names.Count} distinct names have none");
        foreach (var (name, count) in names.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
            stdout.WriteLine($"{count}\t{name}");
        return failed == 0 ? CommandLine.Ok : CommandLine.SomeFailed;
    }

    private static List<(string? Name, string? Id)> Records(string input, IndicatorExtractor extractor, TextWriter stderr, ref int failed)
    {
        var found = new List<(string?, string?)>();
        if (File.Exists(input) && input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var line in File.ReadLines(input).Where(l => l.Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                found.Add((root.TryGetProperty("name", out var n) ? n.GetString() : null, root.TryGetProperty("indicator_id", out var i) ? i.GetString() : null));
            }
            return found;
        }
        foreach (var file in DocumentTypes.Files([input]))
        {
            try
            {
                found.AddRange(extractor.Extract(ReportSource.FromFile(file)).Records.Select(r => (r.Name, r.IndicatorId)));
            }
            catch (ReportReadException e)
            {
                stderr.WriteLine($"hongqi: {e.Message}");
                failed++;
            }
        }
        return found;
    }
}
