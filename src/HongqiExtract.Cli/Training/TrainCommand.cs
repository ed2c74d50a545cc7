using System.Diagnostics;
using System.Globalization;
using HongqiExtract.Cli.Batch;
using HongqiExtract.Classification.Learned;

namespace HongqiExtract.Cli.Training;

/// <summary>
/// hongqi train category|target: rebuilds a shipped model from its data with a fixed seed and prints
/// its metrics; with --output, writes the model (the shipped one is exactly that file).
/// </summary>
internal static class TrainCommand
{
    public static int Run(ParsedArguments args, TextWriter stdout)
    {
        args.Allow("--data", "--corpus", "--output", "--no-cv");
        if (args.Positional.Count != 1) throw new UsageException("train takes one model: category or target");
        bool crossValidate = !args.Has("--no-cv");
        var clock = Stopwatch.StartNew();
        var (model, report) = args.Positional[0] switch
        {
            "category" => Category(args.Get("--data") ?? CategoryTraining.DefaultDataPath, crossValidate),
            "target" => Target(args.Get("--corpus") ?? throw new UsageException("train target needs --corpus DIR (the full work reports, ../shared/corpus/real)"), crossValidate),
            var other => throw new UsageException($"unknown model '{other}': category or target"),
        };
        stdout.Write(report);
        stdout.WriteLine(FormattableString.Invariant($"features {model.Space.Count}, classes {model.Classes.Count}, {clock.Elapsed.TotalSeconds:F1} s in all"));
        if (args.Get("--output") is { } output)
        {
            using var file = OutputFile.Create(output, "--output");
            using (var writer = new StreamWriter(file.Stream, new System.Text.UTF8Encoding(false), leaveOpen: true)) model.Write(writer);
            file.Commit();
            stdout.WriteLine($"wrote {output}");
        }
        return CommandLine.Ok;
    }

    private static (LinearModel, string) Category(string data, bool crossValidate)
    {
        if (!File.Exists(data)) throw new UsageException($"no labelled names at {data}");
        var examples = CategoryTraining.Load(data);
        var report = new StringWriter(CultureInfo.InvariantCulture);
        report.WriteLine($"category: {examples.Count} labelled names from {data}");
        if (crossValidate)
        {
            var cv = CategoryTraining.CrossValidate(examples);
            report.WriteLine(FormattableString.Invariant($"  {CategoryTraining.Folds}-fold cross-validation: accuracy {cv.Accuracy:F3}, macro-F1 {cv.MacroF1:F3}"));
        }
        var clock = Stopwatch.StartNew();
        var model = CategoryTraining.Train(examples);
        report.WriteLine(FormattableString.Invariant($"  trained on all in {clock.Elapsed.TotalSeconds:F1} s"));
        return (model, report.ToString());
    }

    private static (LinearModel, string) Target(string corpus, bool crossValidate)
    {
        if (!Directory.Exists(corpus)) throw new UsageException($"no corpus folder at {corpus}");
        var collected = TargetTraining.Collect(corpus);
        var report = new StringWriter(CultureInfo.InvariantCulture);
        int groups = collected.Select(e => e.Group).Distinct().Count();
        report.WriteLine(FormattableString.Invariant($"target: {collected.Count} values of {groups} reports, labelled by the rules over the full reports ({collected.Count(e => e.Label == TargetLabels.Target)} targets)"));
        if (crossValidate) TargetEvaluation.LeaveOneReportOut(corpus, report);
        var clock = Stopwatch.StartNew();
        var model = TargetTraining.Train(collected);
        report.WriteLine(FormattableString.Invariant($"  trained on all in {clock.Elapsed.TotalSeconds:F1} s"));
        return (model, report.ToString());
    }
}
