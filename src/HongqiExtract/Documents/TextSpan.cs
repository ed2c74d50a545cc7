namespace HongqiExtract.Documents;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text.</summary>
/// <param name="Start">The first code unit in the span.</param>
/// <param name="End">One past the last code unit in the span.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of code units the span covers.</summary>
    public int Length => End - Start;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The span to test.</param>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the offset lies inside this span.</summary>
    /// <param name="offset">A code-unit offset.</param>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>The span [start, end) of <paramref name="text"/> without its leading and trailing white space.</summary>
    internal static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
