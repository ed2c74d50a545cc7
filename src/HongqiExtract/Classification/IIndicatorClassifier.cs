using HongqiExtract.Output;

namespace HongqiExtract.Classification;

/// <summary>Assigns a category to records. Implementations must be thread-safe.</summary>
public interface IIndicatorClassifier
{
    /// <summary>The category of a record and its probability, or null when the classifier has none.</summary>
    /// <param name="record">The record, with every other field set.</param>
    CategoryPrediction? Classify(IndicatorRecord record);
}
