using HongqiExtract.Classification.Learned;
using HongqiExtract.Output;

namespace HongqiExtract.Classification;

/// <summary>
/// The shipped category model: a maximum-entropy classifier over the character 1–3-grams of the
/// record's name (its mention text where it has none), trained with Microsoft.ML on the labelled
/// names of the real corpus (<c>hongqi train category</c>). The model loads once per process, on
/// first use. Thread-safe.
/// </summary>
public sealed class LearnedCategoryClassifier : IIndicatorClassifier
{
    private LearnedCategoryClassifier()
    {
    }

    /// <summary>The shared instance.</summary>
    public static LearnedCategoryClassifier Instance { get; } = new();

    /// <inheritdoc />
    public CategoryPrediction? Classify(IndicatorRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var (category, probability) = ShippedModels.Category.Predict(CategoryFeatures.From(record.Name, record.Text));
        return new CategoryPrediction(category, probability);
    }
}
