namespace HongqiExtract.Segmentation;

/// <summary>A word found by the segmenter, with its offsets in the text that was segmented.</summary>
/// <param name="Word">The word.</param>
/// <param name="Start">Its first code unit.</param>
/// <param name="End">One past its last code unit.</param>
public readonly record struct WordToken(string Word, int Start, int End);

/// <summary>Splits Chinese text into words. Implementations are thread-safe.</summary>
public interface IWordSegmenter
{
    /// <summary>The words of <paramref name="text"/>, in order, covering it.</summary>
    /// <param name="text">The text to segment (a clause, usually).</param>
    IReadOnlyList<WordToken> Segment(string text);
}
