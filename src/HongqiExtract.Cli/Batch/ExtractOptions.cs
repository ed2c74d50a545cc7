using HongqiExtract.Batch;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Cli.Batch;

/// <summary>The options of hongqi extract, checked: the library's batch options and where and how the tool writes.</summary>
internal sealed record ExtractOptions(BatchOptions Batch, string Format, string? Output, string? Manifest, bool Quiet, bool Verbose)
{
    /// <summary>--parquet-decimal: value columns as decimal(38, 10) instead of double.</summary>
    public bool ParquetDecimal { get; init; }

    /// <summary>--csv-bom: a UTF-8 byte-order mark before the CSV header, for Excel.</summary>
    public bool CsvBom { get; init; }

    public static ExtractOptions From(ParsedArguments args)
    {
        args.Allow("--format", "--output", "--report-year", "--include", "--exclude", "--from-list", "--manifest", "--jobs", "--shard", "--quiet", "--max-doc-bytes",
            "--stdin-jsonl", "--verbose", "--parquet-decimal", "--csv-bom", "--resume");
        var inputs = new List<string>(args.Positional);
        if (args.Get("--from-list") is { } list)
        {
            if (!File.Exists(list)) throw new UsageException($"--from-list: no such file {list}");
            inputs.AddRange(File.ReadLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));
        }
        if (inputs.Count == 0) throw new UsageException("give at least one INPUT (a file, a directory, an archive, - for stdin, or --from-list FILE)");
        // -o out.csv without --format writes CSV, not JSON Lines in a file named .csv.
        var format = args.Get("--format") ?? FormatOf(args.Get("--output"));
        if (format is not ("jsonl" or "csv" or "parquet")) throw new UsageException($"--format is jsonl, csv or parquet, not '{format}'");
        int jobs = args.GetInt("--jobs") ?? Environment.ProcessorCount;
        if (jobs < 1) throw new UsageException("--jobs must be at least 1");
        long maxBytes = args.Get("--max-doc-bytes") is { } m
            ? long.TryParse(m, System.Globalization.CultureInfo.InvariantCulture, out var b) && b > 0 ? b : throw new UsageException($"--max-doc-bytes takes a positive number of bytes, not '{m}'")
            : BatchOptions.DefaultMaxDocumentBytes;
        string? manifest = args.Get("--manifest");
        var batch = new BatchOptions(inputs)
        {
            Include = args.GetAll("--include"),
            Exclude = args.GetAll("--exclude"),
            MaxDocumentBytes = maxBytes,
            Shard = args.Get("--shard") is { } s ? ParseShard(s) : BatchShard.All,
            Jobs = jobs,
            StandardInputJsonLines = args.Has("--stdin-jsonl"),
            // The reader's size bound is the batch's: BatchExtractor sets it from MaxDocumentBytes.
            Extractor = new ExtractorOptions(new ReaderOptions(ReportYear: args.GetInt("--report-year"))),
            AlreadyDone = args.Get("--resume") is { } resume ? DoneIn(resume, manifest) : null,
            // Only a manifest shows the digests (and --resume, which computes them anyway).
            DigestInputs = manifest is not null,
        };
        return new ExtractOptions(batch, format, args.Get("--output"), manifest, args.Has("--quiet"), args.Has("--verbose"))
        {
            ParquetDecimal = args.Has("--parquet-decimal"),
            CsvBom = args.Has("--csv-bom"),
        };
    }

    /// <summary>--resume MANIFEST: the documents it lists as done, with their content's SHA-256.</summary>
    private static Dictionary<string, string> DoneIn(string manifest, string? newManifest)
    {
        if (!File.Exists(manifest)) throw new UsageException($"--resume: no such manifest {manifest}");
        if (newManifest is not null && Path.GetFullPath(newManifest) == Path.GetFullPath(manifest))
            throw new UsageException("--resume and --manifest name the same file: the resumed run writes a manifest of its own part");
        var done = new Dictionary<string, string>(StringComparer.Ordinal);
        int number = 0;
        foreach (var line in File.ReadLines(manifest))
        {
            number++;
            if (line.Length == 0) continue;
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(line);
                var entry = ManifestLine.From(json.RootElement) ?? throw new FormatException("no status");
                if (entry is { Status: "ok", Sha256: { } digest }) done[entry.Doc] = digest;
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new UsageException($"--resume: {manifest}, line {number} is not a manifest line");
            }
        }
        return done;
    }

    /// <summary>--shard K/N, or a usage error.</summary>
    public static BatchShard ParseShard(string text)
    {
        try
        {
            return BatchShard.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--shard: {e.Message}");
        }
    }

    /// <summary>The record format an output file's extension names: csv, parquet, else JSON Lines.</summary>
    internal static string FormatOf(string? output) => Path.GetExtension(output ?? "").ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".parquet" => "parquet",
        _ => "jsonl",
    };
}
