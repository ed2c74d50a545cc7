using System.Text;
using HongqiExtract.Cli.Batch;
using HongqiExtract.Output;

namespace HongqiExtract.Cli.Merge;

/// <summary>
/// hongqi merge PART... --output FILE [--manifest FILE] [--inputs LIST]: the records files and manifests
/// of a sharded or resumed run into one records file, sorted by doc then ordinal (JSON Lines lines kept
/// byte for byte), and one manifest sorted by doc. A document's last manifest line wins (a resumed run
/// retries what failed). Reported, each a line on stderr: inputs of --inputs seen in no part, documents
/// done (ok) in more than one part, documents that failed, records whose document has no manifest line,
/// and documents whose record count differs from their manifest's. Exit 0 only when every input is
/// accounted for exactly once and none of these occurred.
/// </summary>
internal static class MergeCommand
{
    public static async Task<int> RunAsync(ParsedArguments args, TextWriter stderr)
    {
        args.Allow("--output", "--manifest", "--inputs");
        if (args.Positional.Count == 0) throw new UsageException("merge needs the parts: records files and manifests");
        var output = args.Get("--output") ?? throw new UsageException("merge needs --output FILE");
        // part-*.jsonl also matches part-*.manifest.jsonl: a file named twice is read once.
        var files = args.Positional.DistinctBy(Path.GetFullPath).ToList();
        var (entries, records) = await ShardParts.ReadAsync(files).ConfigureAwait(false);
        if (entries.Count == 0) throw new UsageException("merge found no manifest among the parts (hongqi extract --manifest writes one per shard)");
        var problems = new List<string>();
        var final = new Dictionary<string, PartEntry>(StringComparer.Ordinal);
        foreach (var group in entries.GroupBy(e => e.Doc, StringComparer.Ordinal))
        {
            var done = group.Where(e => e.Status == "ok").ToList();
            if (done.Count > 1) problems.Add($"{group.Key}: done in {done.Count} parts ({string.Join(", ", done.Select(d => files[d.Part]))})");
            final[group.Key] = done.Count > 0 ? done[0] : group.Last();
        }
        if (args.Get("--inputs") is { } list)
        {
            if (!File.Exists(list)) throw new UsageException($"--inputs: no such file {list}");
            foreach (var input in File.ReadLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Distinct(StringComparer.Ordinal))
                if (!final.ContainsKey(input)) problems.Add($"{input}: in --inputs but in no part's manifest");
        }
        foreach (var failed in final.Values.Where(e => e.Status == "error").OrderBy(e => e.Doc, StringComparer.Ordinal)) problems.Add($"{failed.Doc}: failed: {failed.Error}");
        // A document's records come from the first records file that holds it: a duplicated part's copy is left out.
        var firstFile = records.GroupBy(r => r.Doc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(r => r.Part), StringComparer.Ordinal);
        var kept = records.Where(r => final.TryGetValue(r.Doc, out var e) && e.Status == "ok" && firstFile[r.Doc] == r.Part).ToList();
        foreach (var orphan in records.Where(r => !final.ContainsKey(r.Doc)).Select(r => r.Doc).Distinct(StringComparer.Ordinal))
            problems.Add($"{orphan}: records with no manifest line");
        var counts = kept.GroupBy(r => r.Doc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var entry in final.Values.Where(e => e.Status == "ok" && counts.GetValueOrDefault(e.Doc) != e.Records))
            problems.Add($"{entry.Doc}: {counts.GetValueOrDefault(entry.Doc)} records in the parts, {entry.Records} in its manifest (a part cut short?)");
        kept.Sort((a, b) => string.CompareOrdinal(a.Doc, b.Doc) is var c && c != 0 ? c : a.Ordinal.CompareTo(b.Ordinal));
        await WriteRecordsAsync(kept, output).ConfigureAwait(false);
        if (args.Get("--manifest") is { } manifest)
            await File.WriteAllLinesAsync(manifest, final.Values.OrderBy(e => e.Doc, StringComparer.Ordinal).Select(e => e.Line)).ConfigureAwait(false);
        foreach (var problem in problems) await stderr.WriteLineAsync($"hongqi merge: {problem}").ConfigureAwait(false);
        await stderr.WriteLineAsync($"hongqi merge: {final.Count} documents, {kept.Count} records from {files.Count} files; {problems.Count} problems").ConfigureAwait(false);
        return problems.Count == 0 ? CommandLine.Ok : CommandLine.SomeFailed;
    }

    private static async Task WriteRecordsAsync(List<PartRecord> records, string output)
    {
        var format = ExtractOptions.FormatOf(output);
        if (format == "jsonl" && records.All(r => r.Line is not null))
        {
            await File.WriteAllLinesAsync(output, records.Select(r => r.Line!), new UTF8Encoding(false)).ConfigureAwait(false);
            return;
        }
        var all = records.Select(r => r.Record ?? RecordReaders.ReadJsonLines(new StringReader(r.Line!), output).Single()).ToList();
        await using var stream = File.Create(output);
        if (format == "parquet")
        {
            await using var parquet = new ParquetRecordWriter(stream);
            await parquet.WriteAsync(all).ConfigureAwait(false);
        }
        else if (format == "csv")
        {
            await using var writer = RecordWriters.Utf8Writer(stream);
            RecordWriters.WriteCsvHeader(writer);
            RecordWriters.WriteCsvRows(all, writer);
        }
        else RecordWriters.WriteJsonLines(all, stream);
    }
}
