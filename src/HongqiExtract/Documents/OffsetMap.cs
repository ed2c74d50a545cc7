namespace HongqiExtract.Documents;

/// <summary>
/// Maps offsets in a document's plain text back to offsets in the decoded source text.
/// Stored as runs: each run copies a stretch of the source unchanged in length, so a lookup is one
/// binary search. Characters mapped one to one (full-width to ASCII) need no run of their own.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _textStarts;
    private readonly int[] _sourceStarts;

    internal OffsetMap(int[] textStarts, int[] sourceStarts, int textLength)
    {
        _textStarts = textStarts;
        _sourceStarts = sourceStarts;
        TextLength = textLength;
    }

    /// <summary>A map for text that equals its source offset for offset.</summary>
    /// <param name="length">The text's length.</param>
    public static OffsetMap Identity(int length) => new([0], [0], length);

    /// <summary>The length of the plain text the map covers.</summary>
    public int TextLength { get; }

    /// <summary>The source offset of the character at <paramref name="textOffset"/> (or of the end).</summary>
    /// <param name="textOffset">An offset in the plain text, 0 to <see cref="TextLength"/>.</param>
    public int ToSource(int textOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(textOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(textOffset, TextLength);
        int run = Array.BinarySearch(_textStarts, textOffset);
        if (run < 0) run = ~run - 1;
        return _sourceStarts[run] + (textOffset - _textStarts[run]);
    }

    /// <summary>The source span of a plain-text span.</summary>
    /// <param name="span">A span of the plain text.</param>
    public TextSpan ToSource(TextSpan span)
    {
        if (span.Length == 0) return new TextSpan(ToSource(span.Start), ToSource(span.Start));
        return new TextSpan(ToSource(span.Start), ToSource(span.End - 1) + 1);
    }
}

/// <summary>
/// Builds a text from pieces of a source, recording where each piece came from. The characters go
/// into a pooled buffer, returned by <see cref="Build"/>: a document's text is built once, and the
/// buffer is as large as the document. Not usable after <see cref="Build"/>.
/// </summary>
internal sealed class MappedTextBuilder
{
    private char[] _buffer;
    private int _length;
    private readonly List<int> _textStarts = new();
    private readonly List<int> _sourceStarts = new();
    private int _expectedSource = -1;

    // One more than the source: a last line without its line end gets one before the end is trimmed.
    public MappedTextBuilder(int capacity) => _buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(16, capacity + 1));

    public int Length => _length;

    public char this[int index] => (uint)index < (uint)_length ? _buffer[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Appends <paramref name="source"/>[start, start+length) taken from source offset <paramref name="start"/>.</summary>
    public void Append(string source, int start, int length) => Append(source.AsSpan(start, length), start);

    public void Append(ReadOnlySpan<char> chars, int sourceStart)
    {
        if (chars.IsEmpty) return;
        if (sourceStart != _expectedSource)
        {
            _textStarts.Add(_length);
            _sourceStarts.Add(sourceStart);
        }
        if (_length + chars.Length > _buffer.Length) Grow(_length + chars.Length);
        chars.CopyTo(_buffer.AsSpan(_length));
        _length += chars.Length;
        _expectedSource = sourceStart + chars.Length;
    }

    /// <summary>Appends one character standing for the source character at <paramref name="sourceOffset"/>.</summary>
    public void Append(char c, int sourceOffset) => Append([c], sourceOffset);

    public void TrimEnd(char c)
    {
        while (_length > 0 && _buffer[_length - 1] == c) _length--;
        while (_textStarts.Count > 1 && _textStarts[^1] >= _length)
        {
            _textStarts.RemoveAt(_textStarts.Count - 1);
            _sourceStarts.RemoveAt(_sourceStarts.Count - 1);
        }
        _expectedSource = -1;
    }

    public (string Text, OffsetMap Map) Build()
    {
        if (_textStarts.Count == 0 || _textStarts[0] != 0)
        {
            _textStarts.Insert(0, 0);
            _sourceStarts.Insert(0, 0);
        }
        var text = new string(_buffer, 0, _length);
        System.Buffers.ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
        return (text, new OffsetMap([.. _textStarts], [.. _sourceStarts], text.Length));
    }

    private void Grow(int needed)
    {
        var larger = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        System.Buffers.ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
