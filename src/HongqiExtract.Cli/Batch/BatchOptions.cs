namespace HongqiExtract.Cli.Batch;

/// <summary>The options of one batch run, checked.</summary>
internal sealed record BatchOptions(
    IReadOnlyList<string> Inputs,
    IReadOnlyList<Glob> Include,
    IReadOnlyList<Glob> Exclude,
    long MaxDocumentBytes,
    Shard Shard,
    int Jobs,
    string Format,
    string? Output,
    string? Manifest,
    bool Quiet,
    bool Verbose,
    int? ReportYear,
    bool StdinJsonLines)
{
    public const long DefaultMaxDocumentBytes = 64L * 1024 * 1024;

    public static BatchOptions From(ParsedArguments args)
    {
        args.Allow("--format", "--output", "--report-year", "--include", "--exclude", "--from-list", "--manifest", "--jobs", "--shard", "--quiet", "--max-doc-bytes", "--stdin-jsonl", "--verbose");
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
            : DefaultMaxDocumentBytes;
        return new BatchOptions(inputs, args.GetAll("--include").Select(g => new Glob(g)).ToList(), args.GetAll("--exclude").Select(g => new Glob(g)).ToList(),
            maxBytes, args.Get("--shard") is { } s ? Shard.Parse(s) : Shard.All, jobs, format, args.Get("--output"), args.Get("--manifest"),
            args.Has("--quiet"), args.Has("--verbose"), args.GetInt("--report-year"), args.Has("--stdin-jsonl"));
    }

    /// <summary>Whether a file found under a directory or inside an archive is taken, by the globs.</summary>
    public bool Selects(string relativePath) =>
        (Include.Count == 0 || Include.Any(g => g.IsMatch(relativePath))) && !Exclude.Any(g => g.IsMatch(relativePath));

    /// <summary>The record format an output file's extension names: csv, parquet, else JSON Lines.</summary>
    internal static string FormatOf(string? output) => Path.GetExtension(output ?? "").ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".parquet" => "parquet",
        _ => "jsonl",
    };
}
