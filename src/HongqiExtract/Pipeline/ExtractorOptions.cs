using HongqiExtract.Catalogue;
using HongqiExtract.Classification;
using HongqiExtract.Reading;
using HongqiExtract.Segmentation;

namespace HongqiExtract.Pipeline;

/// <summary>Options for extraction.</summary>
/// <param name="Reader">How documents are read.</param>
/// <param name="Segmenter">The word segmenter; jieba.NET when null.</param>
/// <param name="Classifier">Assigns each record's category; the shipped model (<see cref="LearnedCategoryClassifier"/>) when null. A classifier that answers null leaves records without one (and their confidence as extraction gave it).</param>
/// <param name="TargetClassifier">Decides target or achieved; the rules with the shipped model where they have nothing to go on (<see cref="CombinedTargetClassifier"/>) when null.</param>
public sealed record ExtractorOptions(ReaderOptions? Reader = null, IWordSegmenter? Segmenter = null, IIndicatorClassifier? Classifier = null,
    ITargetClassifier? TargetClassifier = null)
{
    /// <summary>The defaults.</summary>
    public static ExtractorOptions Default { get; } = new();

    /// <summary>Gives each record its <c>indicator_id</c>; the shipped catalogue's (<see cref="IndicatorMatcher.Shared"/>) when null.</summary>
    public IndicatorMatcher? Indicators { get; init; }
}
