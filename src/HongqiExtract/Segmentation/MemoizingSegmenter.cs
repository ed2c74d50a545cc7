namespace HongqiExtract.Segmentation;

/// <summary>
/// Remembers the words of texts already segmented, for one document: the text before a number is
/// segmented for its name and again for its kind cues, and jieba.NET is the costliest step.
/// Not thread-safe: one per document being extracted.
/// </summary>
internal sealed class MemoizingSegmenter(IWordSegmenter inner) : IWordSegmenter
{
    private readonly Dictionary<string, IReadOnlyList<WordToken>> _seen = new(StringComparer.Ordinal);

    public IReadOnlyList<WordToken> Segment(string text)
    {
        if (_seen.TryGetValue(text, out var tokens)) return tokens;
        tokens = inner.Segment(text);
        _seen[text] = tokens;
        return tokens;
    }
}
