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
        var model = ShippedModels.Category;
        var byName = model.Probabilities(CategoryFeatures.From(record.Name, record.Text));
        // A table's cells share its domain, which its heading and caption name (二、农业 / 表2 主要农产品产量):
        // their probabilities multiply the name's.
        if (record.TableCell is not null && record.Section is { } section)
        {
            // The nearest heading and the caption: the title above them (…国民经济和社会发展统计公报) names every domain.
            var parts = section.Split(Documents.Section.PathSeparator);
            var byCaption = model.Probabilities(CategoryFeatures.From(string.Join(' ', parts[Math.Max(0, parts.Length - 2)..]), ""));
            var product = new double[byName.Length];
            double sum = 0;
            for (int c = 0; c < byName.Length; c++) sum += product[c] = byName[c] * byCaption[c];
            // Both certain of different classes underflows to 0: the name's answer stands.
            if (sum > 0) for (int c = 0; c < byName.Length; c++) byName[c] = product[c] / sum;
        }
        var (category, probability) = model.Best(byName);
        return new CategoryPrediction(category, probability);
    }
}
