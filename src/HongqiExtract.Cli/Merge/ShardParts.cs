using System.Text.Json;
using HongqiExtract.Cli.Batch;
using HongqiExtract.Cli.Panels;
using HongqiExtract.Output;

namespace HongqiExtract.Cli.Merge;

/// <summary>One manifest line as merge reads it.</summary>
internal sealed record PartEntry(string Doc, string Status, int Records, string? Error, string Line, int Part);

/// <summary>One record as merge keeps it: its sort key and, from JSON Lines, its line as written.</summary>
internal sealed record PartRecord(string Doc, int Ordinal, string? Line, IndicatorRecord? Record, int Part);

/// <summary>
/// The files of a sharded or resumed run, told apart by what they hold: a manifest's lines have
/// "status" and "bytes", a records file's "ordinal" (JSON Lines) or is Parquet. Parts are numbered in the
/// order given, so a later part (a resumed run) comes after the one it continues.
/// </summary>
internal static class ShardParts
{
    public static async Task<(List<PartEntry> Entries, List<PartRecord> Records)> ReadAsync(IReadOnlyList<string> files)
    {
        var entries = new List<PartEntry>();
        var records = new List<PartRecord>();
        for (int part = 0; part < files.Count; part++)
        {
            var file = files[part];
            if (!File.Exists(file)) throw new UsageException($"no such file {file}");
            if (file.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
            {
                records.AddRange((await RecordFiles.ReadAsync(file).ConfigureAwait(false)).Select(r => new PartRecord(r.Doc, r.Ordinal, null, r, part)));
                continue;
            }
            int number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (line.Length == 0) continue;
                try
                {
                    using var json = JsonDocument.Parse(line);
                    var root = json.RootElement;
                    if (ManifestLine.From(root) is { } entry) entries.Add(new PartEntry(entry.Doc, entry.Status, entry.Records, entry.Error, line, part));
                    else records.Add(new PartRecord(root.GetProperty("doc").GetString() ?? throw new FormatException("doc is null"), root.GetProperty("ordinal").GetInt32(), line, null, part));
                }
                catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    throw new InvalidDataException($"{file}, line {number}: neither a record nor a manifest line ({e.Message})", e);
                }
            }
        }
        return (entries, records);
    }
}
