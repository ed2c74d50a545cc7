using HongqiExtract.Documents;
namespace HongqiExtract.Cli;

/// <summary>Dispatches the hongqi commands. Exit codes: 0 all succeeded, 1 some inputs failed, 2 usage error.</summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int UsageError = 2;

    public const string Usage = """
        hongqi: numeric indicators from Chinese government reports

        usage:
          hongqi extract INPUT... [-f|--format jsonl|csv|parquet] [-o|--output FILE] [--manifest FILE]
                         [--include GLOB] [--exclude GLOB] [--from-list FILE] [-j|--jobs N] [--shard K/N]
                         [--max-doc-bytes N] [--report-year N] [--stdin-jsonl] [--csv-bom] [--parquet-decimal]
                         [-q|--quiet] [-v|--verbose]
          hongqi eval --gold DIR INPUT... [--details]
          hongqi train category|target [--data FILE] [--corpus DIR] [--output FILE] [--no-cv]
          hongqi text FILE
          hongqi structure FILE
          hongqi catalogue unmatched INPUT... [--top N]
          hongqi panel INPUT... --output FILE [--layout long|wide] [--conflicts FILE] [--report-year N]
          hongqi plot PANEL.csv --indicator ID [--kind growth] [--region 全国] --output FILE.png|.svg
          hongqi schema [--parquet-decimal]
          hongqi --help | --version

        INPUT is a file, a directory (searched recursively), a .zip/.tar/.tar.gz/.tgz archive, or - for stdin.
        Without --format, the format follows --output's extension (.csv, .parquet; else JSON Lines).
        Every format has the columns of hongqi schema, in its order. --csv-bom starts the CSV with a UTF-8
        byte-order mark (for Excel); Parquet values are doubles unless --parquet-decimal.
        Every command takes -h/--help.
        train rebuilds a shipped model (category: from Training/Data/categories.tsv; target: from the work
        reports under --corpus) with a fixed seed and prints its cross-validated metrics.
        catalogue unmatched lists the names without an indicator_id, most frequent first (INPUT: records .jsonl or documents).
        panel reads records files (.jsonl, .ndjson, .jsonl.gz, .parquet, as extract writes them) or extracts documents;
        an --output ending in .parquet writes Parquet (values as doubles), else CSV.
        --verbose prints what reading repaired and extraction skipped (malformed numerals, values out of range) on stderr.
        Exit codes: 0 all inputs read, 1 some failed (named on stderr and in the manifest), 2 usage error.
        """;

    private const int BrokenPipeErrno = 32;

    private static bool IsBrokenPipe(IOException e) =>
        e.HResult == BrokenPipeErrno || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "-?" or "help")
        {
            await stdout.WriteLineAsync(Usage).ConfigureAwait(false);
            return args.Length == 0 ? UsageError : Ok;
        }
        if (args[0] is "--version")
        {
            await stdout.WriteLineAsync(typeof(ReportDocument).Assembly.GetName().Version?.ToString()).ConfigureAwait(false);
            return Ok;
        }
        try
        {
            var options = ParsedArguments.Parse(args.AsSpan(1));
            // hongqi extract --help: the usage on stdout, exit 0, whatever else the line holds.
            if (options.WantsHelp)
            {
                await stdout.WriteLineAsync(Usage).ConfigureAwait(false);
                return Ok;
            }
            return args[0] switch
            {
                "extract" => ExtractCommands.Extract(options, stdout, stderr),
                "eval" => ExtractCommands.Eval(options, stdout, stderr),
                "train" => Training.TrainCommand.Run(options, stdout),
                "text" => TextCommands.Text(options, stdout, stderr),
                "structure" => TextCommands.Structure(options, stdout, stderr),
                "catalogue" => CatalogueCommand.Run(options, stdout, stderr),
                "panel" => await Panels.PanelCommand.RunAsync(options, stderr).ConfigureAwait(false),
                "plot" => Panels.PlotCommand.Run(options, stdout, stderr),
                "schema" => SchemaCommand.Run(options, stdout),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"hongqi: {e.Message}\n\n{Usage}").ConfigureAwait(false);
            return UsageError;
        }
        catch (IOException e) when (IsBrokenPipe(e))
        {
            // The reader of our output went away (| head): stop quietly, as Unix tools do.
            return Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk, a folder we may not write: named, never a stack trace.
            await stderr.WriteLineAsync($"hongqi: {e.Message}").ConfigureAwait(false);
            return SomeFailed;
        }
    }
}

/// <summary>The command line was wrong: exit code 2 with the usage text.</summary>
internal sealed class UsageException(string message) : Exception(message);
