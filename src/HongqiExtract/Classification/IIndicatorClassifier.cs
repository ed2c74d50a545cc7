using HongqiExtract.Output;

namespace HongqiExtract.Classification;

/// <summary>Assigns a category to records. Implementations must be thread-safe.</summary>
public interface IIndicatorClassifier
{
    /// <summary>The category of a record (economy, fiscal, …), or null when unsure.</summary>
    /// <param name="record">The record, with every other field set.</param>
    string? Classify(IndicatorRecord record);
}
