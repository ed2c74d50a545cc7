using HongqiExtract.Classification.Learned;

namespace HongqiExtract.Cli.Training;

/// <summary>
/// hongqi train category: the labelled names of Training/Data/categories.tsv into the category model,
/// with its 5-fold cross-validated accuracy and macro-F1.
/// </summary>
internal static class CategoryTraining
{
    public const int Folds = 5;

    /// <summary>The codes of the record contract (../shared/spec/records.md), in the model's class order.</summary>
    public static readonly string[] Categories =
        ["agriculture", "economy", "employment", "environment", "fiscal", "governance", "income", "industry", "infrastructure", "innovation", "other", "social", "trade"];

    public static LinearTrainer Trainer { get; } = new(minExamplesPerFeature: 2, l1: 0.01f, l2: 0.01f);

    public static string DefaultDataPath => Path.Combine(AppContext.BaseDirectory, "Training", "Data", "categories.tsv");

    /// <summary>The labelled names: name, category and an example sentence per line; # starts a comment.</summary>
    public static List<LabelledExample> Load(string path)
    {
        var examples = new List<LabelledExample>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts.Length < 2 || !Categories.Contains(parts[1]))
                throw new InvalidDataException($"{path}:{lineNumber}: expected name<TAB>category with one of {string.Join(", ", Categories)}");
            examples.Add(new LabelledExample(CategoryFeatures.From(parts[0], parts[0]), parts[1], parts[0]));
        }
        return examples;
    }

    public static LinearModel Train(IReadOnlyList<LabelledExample> examples) => Trainer.Train(examples, Categories);

    /// <summary>Cross-validation in <see cref="Folds"/> folds, by position after a seeded shuffle; each fold's features come from its training part only.</summary>
    public static Metrics CrossValidate(IReadOnlyList<LabelledExample> examples)
    {
        var random = new Random(LinearTrainer.Seed);
        var order = Enumerable.Range(0, examples.Count).OrderBy(_ => random.Next()).ToArray();
        var metrics = new Metrics();
        for (int fold = 0; fold < Folds; fold++)
        {
            var test = order.Where((_, i) => i % Folds == fold).Select(i => examples[i]).ToList();
            var train = order.Where((_, i) => i % Folds != fold).Select(i => examples[i]).ToList();
            var model = Train(train);
            foreach (var example in test) metrics.Add(example.Label, model.Predict(example.Input).Class);
        }
        return metrics;
    }
}
