using HongqiExtract.Classification;
using HongqiExtract.Classification.Learned;
using HongqiExtract.Documents;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Cli.Training;

/// <summary>
/// hongqi train target: the target model from the rules' own answers over full work reports, where the
/// headings make the rules mostly right. Every value of every report is an example; its features are
/// the text around it only (<see cref="TargetFeatures"/>), so the model learns what a target sentence
/// reads like without the headings.
/// </summary>
internal static class TargetTraining
{
    public static readonly string[] Classes = [TargetLabels.Achieved, TargetLabels.Target];

    public static LinearTrainer Trainer { get; } = new(minExamplesPerFeature: 2, l1: 0.02f, l2: 0.1f);

    /// <summary>The reports of a corpus folder: its text, CSV and HTML files, not its subfolders (../shared/corpus/real keeps second copies of three reports in raw-encodings/).</summary>
    public static IEnumerable<string> Reports(string corpus) =>
        Directory.EnumerateFiles(corpus).Where(p => Path.GetExtension(p).ToLowerInvariant() is ".txt" or ".csv" or ".html" or ".htm").Order(StringComparer.Ordinal);

    /// <summary>The examples of every report of a corpus folder, in path order, grouped by report.</summary>
    public static List<LabelledExample> Collect(string corpus)
    {
        var examples = new List<LabelledExample>();
        foreach (var path in TargetTraining.Reports(corpus))
        {
            string group = Path.GetFileName(path);
            var recorder = new RecordingClassifier(evidence => evidence.Document.Metadata.Kind.ReportsAchievedFigures() ? null : group);
            new IndicatorExtractor(new ExtractorOptions(Classifier: NoCategories.Instance, TargetClassifier: recorder)).Extract(ReportSource.FromFile(path));
            examples.AddRange(recorder.Examples);
        }
        return examples;
    }

    public static LinearModel Train(IReadOnlyList<LabelledExample> examples) => Trainer.Train(examples, Classes);

    /// <summary>The rules' answers as labels, with the evidence each was given; values of communiqués and articles are left out (their kind decides).</summary>
    internal sealed class RecordingClassifier(Func<TargetEvidence, string?> groupOf) : ITargetClassifier
    {
        private readonly Lock _lock = new();

        public List<LabelledExample> Examples { get; } = [];

        public bool IsTarget(TargetEvidence evidence)
        {
            bool isTarget = RuleTargetClassifier.Instance.IsTarget(evidence);
            if (groupOf(evidence) is { } group)
                lock (_lock)
                {
                    Examples.Add(new LabelledExample(TargetFeatures.From(evidence), isTarget ? TargetLabels.Target : TargetLabels.Achieved, group));
                }
            return isTarget;
        }
    }
}
