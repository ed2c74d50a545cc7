using HongqiExtract.Classification;
using HongqiExtract.Classification.Learned;
using HongqiExtract.Documents;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Cli.Training;

/// <summary>
/// Leave-one-report-out over full work reports. The truth for a value is the rules' answer on the full
/// report, headings and all. Each held-out report is also read with its heading lines removed (as a
/// cut passage, a PDF or a web copy loses them), and there the rules alone are compared with the rules
/// plus the model trained on the other reports. The model alone is scored on the full report's values.
/// </summary>
internal static class TargetEvaluation
{
    public static void LeaveOneReportOut(string corpus, TextWriter report)
    {
        var examples = TargetTraining.Collect(corpus);
        var model = new Metrics();
        var rulesStripped = new Metrics();
        var combinedStripped = new Metrics();
        int defaults = 0;
        foreach (var path in TargetTraining.Reports(corpus))
        {
            string group = Path.GetFileName(path);
            var heldOut = examples.Where(e => e.Group == group).ToList();
            if (heldOut.Count == 0) continue;
            var foldModel = TargetTraining.Train(examples.Where(e => e.Group != group).ToList());
            foreach (var example in heldOut) model.Add(example.Label, foldModel.Predict(example.Input).Class);
            var full = ReportReader.Read(ReportSource.FromFile(path));
            var truth = Keyed(Extract(full, RuleTargetClassifier.Instance));
            var stripped = WithoutHeadings(full);
            // The rules alone, counting the values they rest on nothing for: those the model decides.
            var rules = new DefaultCounter();
            Score(truth, Keyed(Extract(stripped, rules)), rulesStripped);
            Score(truth, Keyed(Extract(stripped, new CombinedTargetClassifier(foldModel))), combinedStripped);
            defaults += rules.Count;
        }
        report.WriteLine(FormattableString.Invariant($"  leave-one-report-out, the model alone on the full reports' values: accuracy {model.Accuracy:F3}, target F1 {model.F1(TargetLabels.Target):F3} ({model.Count} values)"));
        report.WriteLine(FormattableString.Invariant($"  reports without their headings, against the rules on the full reports ({rulesStripped.Count} values):"));
        report.WriteLine(FormattableString.Invariant($"    rules alone          accuracy {rulesStripped.Accuracy:F3}, target F1 {rulesStripped.F1(TargetLabels.Target):F3}"));
        report.WriteLine(FormattableString.Invariant($"    rules + model        accuracy {combinedStripped.Accuracy:F3}, target F1 {combinedStripped.F1(TargetLabels.Target):F3} (the model decided {defaults})"));
    }

    /// <summary>The document as its body paragraphs alone: heading lines gone, report year and kind kept.</summary>
    public static ReportDocument WithoutHeadings(ReportDocument document)
    {
        var builder = new DocumentBuilder(document.Id) { ReportYear = document.Metadata.ReportYear, Kind = document.Metadata.Kind, Title = document.Metadata.Title };
        foreach (var paragraph in document.Paragraphs)
            if (paragraph.Kind == ParagraphKind.Body) builder.AddParagraph(document.Slice(paragraph.Span));
        return builder.Build();
    }

    private static IReadOnlyList<IndicatorRecord> Extract(ReportDocument document, ITargetClassifier classifier) =>
        new IndicatorExtractor(new ExtractorOptions(Classifier: NoCategories.Instance, TargetClassifier: classifier)).Extract(document).Records;

    /// <summary>Records by sentence, mention and occurrence, which survive removing the headings (offsets do not).</summary>
    private static Dictionary<(string, string, int), bool> Keyed(IReadOnlyList<IndicatorRecord> records)
    {
        var keyed = new Dictionary<(string, string, int), bool>();
        foreach (var record in records)
        {
            int occurrence = 0;
            while (keyed.ContainsKey((record.Sentence, record.Text, occurrence))) occurrence++;
            keyed[(record.Sentence, record.Text, occurrence)] = record.IsTarget;
        }
        return keyed;
    }

    private static void Score(Dictionary<(string, string, int), bool> truth, Dictionary<(string, string, int), bool> predicted, Metrics metrics)
    {
        foreach (var (key, isTarget) in predicted)
            if (truth.TryGetValue(key, out bool expected)) metrics.Add(Label(expected), Label(isTarget));
    }

    private static string Label(bool isTarget) => isTarget ? TargetLabels.Target : TargetLabels.Achieved;

}

/// <summary>Answers as the rules do and counts the values they rest on nothing for.</summary>
internal sealed class DefaultCounter : ITargetClassifier
{
    public int Count { get; private set; }

    public bool IsTarget(TargetEvidence evidence)
    {
        var decision = RuleTargetClassifier.Instance.Decide(evidence);
        if (decision.Basis == TargetBasis.Default) Count++;
        return decision.IsTarget;
    }
}

/// <summary>A category classifier that gives none: training and evaluating targets needs no category model.</summary>
internal sealed class NoCategories : IIndicatorClassifier
{
    public static NoCategories Instance { get; } = new();

    public CategoryPrediction? Classify(IndicatorRecord record) => null;
}
