namespace HongqiExtract.Cli.Commands;

/// <summary>One option of a command: its name, short aliases, what its value is called (null for a flag) and what it does.</summary>
internal sealed record OptionSpec(string Name, string Description, string? Value = null, string[]? Aliases = null, bool Repeatable = false);

/// <summary>One command: its name, description, what its positional arguments are called, its options and what runs it.</summary>
internal sealed record CommandSpec(string Name, string Description, string Arguments, OptionSpec[] Options, Func<ParsedArguments, TextWriter, TextWriter, Task<int>> Run);

/// <summary>
/// Every command and option of the tool in one table: the parser, --help and the README's option table
/// (checked by a test) all come from it, so they cannot drift.
/// </summary>
internal static class CommandSpecs
{
    private static readonly OptionSpec ReportYear = new("--report-year", "the year the reports were delivered, where the text does not say", "N");
    private static readonly OptionSpec Output = new("--output", "write records there instead of stdout", "FILE", ["-o"]);
    private const string IncludeExclude = "select files under directories and inside archives (*.txt, sub/**); repeatable";

    public static IReadOnlyList<CommandSpec> All { get; } =
    [
        new("extract", "The records of every input, in input order, as JSON Lines (default), CSV or Parquet. INPUT is a file, a directory "
            + "(searched recursively), a .zip/.tar/.tar.gz/.tgz archive, or - for stdin. Exit codes: 0 all inputs read, 1 some failed "
            + "(named on stderr and in the manifest), 2 usage error, 130/143 stopped by SIGINT/SIGTERM.", "INPUT",
        [
            new("--format", "JSON Lines, CSV (UTF-8, header, RFC 4180) or Parquet (typed columns, 10,000-row groups), all with the columns of hongqi schema in its order", "jsonl|csv|parquet", ["-f"]),
            new("--csv-bom", "start the CSV with a UTF-8 byte-order mark, so Excel on a Chinese-locale Windows does not read it as GBK. Off by default: cut, awk, Python's csv and Spark take a BOM for part of the first column's name, and without it the CSV is byte-identical to earlier releases"),
            new("--parquet-decimal", "Parquet value columns as exact decimal(38,10) (scale decimal(38,0)) instead of double, the default because pandas, R, DuckDB and Excel read doubles directly"),
            Output,
            new("--manifest", "one JSON line per input: doc, bytes, sha256, encoding, status (ok/error/skipped), error (for skipped: why), records, ms", "FILE"),
            new("--include", IncludeExclude, "GLOB", Repeatable: true),
            new("--exclude", IncludeExclude, "GLOB", Repeatable: true),
            new("--from-list", "more inputs, one path a line", "FILE"),
            new("--resume", "skip the documents this manifest lists as done with the same content (sha256); write the rest as a new part, then hongqi merge the parts", "MANIFEST"),
            new("--jobs", "documents extracted in parallel; output is byte-identical to --jobs 1", "N", ["-j"]),
            new("--shard", "take only the documents whose id hashes to K of N (0 ≤ K < N)", "K/N"),
            new("--max-doc-bytes", "the largest document read (guards against zip bombs)", "N"),
            ReportYear,
            new("--stdin-jsonl", "with -: stdin holds one document per line as {\"doc\": \"…\", \"text\": \"…\"}"),
            new("--quiet", "no progress bar and no summary line on stderr (the live bar is drawn only on an interactive terminal: not with stderr redirected or TERM=dumb; NO_COLOR drops its colour)", Aliases: ["-q"]),
            new("--verbose", "each document's diagnostics on stderr, one a line: hongqi: DOC: MalformedNumeral at 6: 1百01: … (invalid bytes replaced, HTML flattened, malformed numerals, values out of range, sentences skipped)", Aliases: ["-v"]),
        ], (a, o, e) => Task.FromResult(ExtractCommands.Extract(a, o, e))),
        new("eval", "Scores extraction against gold files (the format of ../shared/gold): value+unit precision, recall and F1, per-field and category accuracy.", "INPUT",
        [
            new("--gold", "the folder of gold files (*.gold.jsonl)", "DIR"),
            new("--details", "list misses, false positives and field errors"),
            ReportYear,
        ], (a, o, e) => Task.FromResult(ExtractCommands.Eval(a, o, e))),
        new("train", "Rebuilds a shipped model (category or target) from its data with a fixed seed and prints its cross-validated metrics.", "MODEL",
        [
            new("--data", "the labelled names (category; default Training/Data/categories.tsv)", "FILE"),
            new("--corpus", "the work reports whose records train the target model", "DIR"),
            new("--output", "write the model there", "FILE", ["-o"]),
            new("--no-cv", "skip cross-validation"),
#if NATIVE_TOOL
        ], (a, o, e) => Task.FromResult(NativeBuild.Train(e))),
#else
        ], (a, o, e) => Task.FromResult(Training.TrainCommand.Run(a, o))),
#endif
        new("text", "The normalized plain text that record offsets index into.", "FILE", [ReportYear], (a, o, e) => Task.FromResult(TextCommands.Text(a, o, e))),
        new("structure", "Metadata (title, year, date, region, encoding) and the section/paragraph/sentence tree.", "FILE", [ReportYear],
            (a, o, e) => Task.FromResult(TextCommands.Structure(a, o, e))),
        new("catalogue", "catalogue unmatched INPUT...: coverage of indicator_id, then the most frequent names without one (INPUT: records files as extract writes them, or documents).", "ARGS",
            [new("--top", "how many names to list", "N")], (a, o, e) => CatalogueCommand.RunAsync(a, o, e)),
        new("panel", "The panel of region × indicator × year × kind × target from records files (.jsonl, .ndjson, .jsonl.gz, .parquet) or documents, as CSV, or Parquet for an output ending in .parquet.", "INPUT",
        [
            new("--output", "the panel file (.csv or .parquet)", "FILE", ["-o"]),
            new("--layout", "long: one cell a row with its source; wide: a column per year", "long|wide"),
            new("--conflicts", "list the figures the choosing rule did not take", "FILE"),
            ReportYear,
        ], (a, o, e) => Panels.PanelCommand.RunAsync(a, e)),
        new("plot", "One indicator over the years from a long panel, achieved against target, as PNG or SVG.", "PANEL",
        [
            new("--indicator", "the indicator_id to draw", "ID"),
            new("--kind", "the kind of figure (level, growth, share…)", "KIND"),
            new("--region", "the region to draw", "REGION"),
            new("--output", "the picture (.png or .svg)", "FILE", ["-o"]),
            new("--title", "the picture's title", "TEXT"),
        ], (a, o, e) => Task.FromResult(Panels.PlotCommand.Run(a, o, e))),
        new("merge", "The records files and manifests of a sharded or resumed run into one records file (sorted by doc, then ordinal) and one manifest, with every input accounted for: exit 0 only when each is done exactly once.", "PART",
        [
            new("--output", "the merged records (.jsonl, .csv or .parquet)", "FILE", ["-o"]),
            new("--manifest", "the merged manifest", "FILE"),
            new("--inputs", "the expected document ids, one a line: any in no part is reported", "LIST"),
        ], (a, o, e) => Merge.MergeCommand.RunAsync(a, e)),
        new("view", "One self-contained HTML page per document to audit its records (the text with every record's span marked, the records beside it, filters), and an index.html of them.", "INPUT",
        [
            new("--output", "the folder for the pages (created; reused only when an earlier view made it)", "DIR", ["-o"]),
            ReportYear,
        ], (a, o, e) => ViewCommand.RunAsync(a, e)),
        new("schema", "The record schema every output follows: each field in file order with its type, nullability and Parquet type.", "",
            [new("--parquet-decimal", "show Parquet value columns as --parquet-decimal writes them")], (a, o, e) => Task.FromResult(SchemaCommand.Run(a, o))),
    ];
}
