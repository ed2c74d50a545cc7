namespace HongqiExtract.Classification.Learned;

/// <summary>
/// What a learned model reads of one example: text fields, each turned into its own character
/// 1–3-grams (a field's tag keeps 将 in a name apart from 将 in a clause), and named flags (the
/// document's kind, the period against the report year). Training and prediction build it with the
/// same code, so the two cannot drift apart.
/// </summary>
internal sealed class FeatureInput
{
    private readonly List<(char Tag, string Text)> _fields = [];
    private readonly List<string> _flags = [];

    public IReadOnlyList<(char Tag, string Text)> Fields => _fields;

    public IReadOnlyList<string> Flags => _flags;

    /// <summary>The fields as a span, for walking them without an enumerator on the heap.</summary>
    public ReadOnlySpan<(char Tag, string Text)> FieldSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_fields);

    /// <summary>The flags as a span, for walking them without an enumerator on the heap.</summary>
    public ReadOnlySpan<string> FlagSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_flags);

    /// <summary>Adds a text field; digits become 0, so 5年 and 3年 share their n-grams.</summary>
    public FeatureInput Text(char tag, ReadOnlySpan<char> text)
    {
        CheckTag(tag);
        _fields.Add((tag, MaskDigits(text)));
        return this;
    }

    /// <summary>Adds a named flag, worth 1 where it is set.</summary>
    public FeatureInput Flag(string name)
    {
        _flags.Add(name);
        return this;
    }

    /// <summary>Adds a text field from a string, which is kept as it is where nothing needs masking (most names).</summary>
    public FeatureInput Text(char tag, string text)
    {
        CheckTag(tag);
        _fields.Add((tag, text.AsSpan().IndexOfAny(Masked) < 0 ? text : MaskDigits(text)));
        return this;
    }

    // A tag of 0 would let FeatureSpace's packed keys of different lengths meet.
    private static void CheckTag(char tag)
    {
        if (tag == '\0') throw new ArgumentException("A field's tag cannot be the NUL character.", nameof(tag));
    }

    private static readonly System.Buffers.SearchValues<char> Masked = System.Buffers.SearchValues.Create("0123456789\t\n\r\0");

    private static string MaskDigits(ReadOnlySpan<char> text)
    {
        Span<char> chars = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        for (int i = 0; i < chars.Length; i++) chars[i] = text[i] is >= '0' and <= '9' ? '0' : text[i] is '\t' or '\n' or '\r' or '\0' ? ' ' : text[i];
        return new string(chars);
    }
}
