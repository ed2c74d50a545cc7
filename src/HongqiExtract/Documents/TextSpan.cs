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

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
