using HongqiExtract.Documents;
using HongqiExtract.Reading;
using HongqiExtract.Pipeline;
using System.Globalization;
using System.Runtime.InteropServices;
using HongqiExtract.Cli.Evaluation;

namespace HongqiExtract.Cli;

/// <summary>hongqi extract and hongqi eval.</summary>
internal static class ExtractCommands
{
    public static int Extract(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        var options = Batch.ExtractOptions.From(args);
        Batch.OutputSafety.Check(options);
        using var output = options.Output is null ? Batch.OutputFile.StandardOutput() : Batch.OutputFile.Create(options.Output, "--output");
        using var manifest = options.Manifest is null ? null : Batch.OutputFile.Create(options.Manifest, "--manifest");
        using var cancel = new CancellationTokenSource();
        int signalCode = 0;
        void Stop(PosixSignalContext context, int code)
        {
            // The first signal stops cleanly (drain the workers, keep the old output, remove temporary files);
            // a second one, for a run stuck on its input, terminates at once.
            if (cancel.IsCancellationRequested) return;
            context.Cancel = true;
            signalCode = code;
            cancel.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Stop(c, Batch.BatchRunner.Interrupted));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Stop(c, Batch.BatchRunner.Terminated));
        int code;
        try
        {
            code = new Batch.BatchRunner(options, stderr).RunAsync(output, manifest, cancel.Token).GetAwaiter().GetResult();
        }
        catch (IOException e) when (options.Output is null && e.InnerException is null)
        {
            throw new IOException($"writing records to standard output: {e.Message}", e.HResult);
        }
        return code < 0 ? signalCode : code;
    }

    public static int Eval(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        args.Allow("--gold", "--details", "--report-year");
        var goldFolder = args.Get("--gold") ?? throw new UsageException("eval needs --gold DIR");
        if (args.Positional.Count == 0) throw new UsageException("give at least one INPUT");
        if (!Directory.Exists(goldFolder)) throw new UsageException($"no gold folder at {goldFolder}");
        var gold = GoldLine.LoadFolder(goldFolder);
        var goldFiles = gold.Select(g => Path.GetFileName(g.Doc)).ToHashSet(StringComparer.Ordinal);
        var extractor = new IndicatorExtractor(new ExtractorOptions(ReaderOptions.Default with { ReportYear = args.GetInt("--report-year") }));
        // The same input reader as extract (files, folders, archives), keeping only documents that have gold.
        var inputs = new HongqiExtract.Batch.BatchOptions(args.Positional) { Jobs = 1 };
        int failed = 0;
        var results = new List<ExtractionResult>();
        foreach (var item in new HongqiExtract.Batch.InputEnumerator(inputs).Enumerate())
        {
            if (item.Error is null && !goldFiles.Contains(Path.GetFileName(item.Id.Split('!')[^1]))) continue;
            try
            {
                if (item.Error is not null) throw new ReportReadException(item.Id, item.Error);
                results.Add(extractor.Extract(ReportSource.FromBytes(item.Bytes!, item.Id)));
            }
            catch (ReportReadException e)
            {
                stderr.WriteLine($"hongqi: {e.Message}");
                failed++;
            }
        }
        var report = Evaluator.Evaluate(results, gold);
        Print(report, stdout, args.Has("--details"));
        PrintPerDocument(results, gold, stdout);
        return failed > 0 ? CommandLine.SomeFailed : CommandLine.Ok;
    }

    /// <summary>One line per document: the same figures, so a change that helps one kind of report and hurts another shows.</summary>
    public static void PrintPerDocument(IReadOnlyList<ExtractionResult> results, IReadOnlyList<GoldLine> gold, TextWriter o)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine();
        o.WriteLine("document	kind	required	F1	full	name	period	qualifier	kind	target	category");
        foreach (var result in results.OrderBy(r => r.Document.Id, StringComparer.Ordinal))
        {
            var r = Evaluator.Evaluate([result], gold);
            string Over(int n) => r.MatchedRequired == 0 ? "n/a" : ((double)n / r.MatchedRequired).ToString("0.000", inv);
            o.WriteLine(string.Join('\t', Path.GetFileName(result.Document.Id), result.Document.Metadata.Kind.Code(), r.Required.ToString(inv),
                r.F1.ToString("0.000", inv), r.FullRecordAccuracy.ToString("0.000", inv), Over(r.NameRight), Over(r.PeriodRight),
                Over(r.QualifierRight), Over(r.KindRight), Over(r.TargetRight),
                r.CategoryLabelled == 0 ? "n/a" : r.CategoryAccuracy.ToString("0.000", inv)));
        }
    }

    public static void Print(EvaluationReport r, TextWriter o, bool details)
    {
        var inv = CultureInfo.InvariantCulture;
        string Pct(int n, int d) => d == 0 ? "n/a" : ((double)n / d).ToString("0.000", inv);
        o.WriteLine($"documents scored: gold lines required {r.Required}, predictions {r.Predictions}");
        o.WriteLine($"value+unit  precision {r.Precision.ToString("0.000", inv)}  recall {r.Recall.ToString("0.000", inv)}  F1 {r.F1.ToString("0.000", inv)}  (matched {r.MatchedRequired}, missed {r.Required - r.MatchedRequired}, false positives {r.FalsePositives})");
        o.WriteLine($"over {r.MatchedRequired} matches: name {Pct(r.NameRight, r.MatchedRequired)}  period {Pct(r.PeriodRight, r.MatchedRequired)}  qualifier {Pct(r.QualifierRight, r.MatchedRequired)}  kind {Pct(r.KindRight, r.MatchedRequired)}  is_target {Pct(r.TargetRight, r.MatchedRequired)}");
        o.WriteLine($"full record accuracy {r.FullRecordAccuracy.ToString("0.000", inv)} ({r.FullRight} of {r.Required} required)");
        o.WriteLine($"category accuracy {Pct(r.CategoryRight, r.CategoryLabelled)} ({r.CategoryRight} of {r.CategoryLabelled} matched lines with a gold category)");
        if (!details) return;
        foreach (var m in r.Misses) o.WriteLine($"MISS  {m.Doc}: {m.What}");
        foreach (var m in r.FalsePositiveList) o.WriteLine($"FP    {m.Doc}: {m.What}");
        foreach (var m in r.FieldErrors) o.WriteLine($"FIELD {m}");
    }
}
