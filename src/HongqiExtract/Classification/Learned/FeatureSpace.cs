namespace HongqiExtract.Classification.Learned;

/// <summary>
/// The features a model knows, by name, and how an example becomes a sparse vector over them: each
/// text field's character 1–3-grams (with start and end marks) counted and scaled to unit length,
/// each flag worth 1. Features not in the space are ignored, in training and prediction alike.
/// Immutable and thread-safe.
/// </summary>
internal sealed class FeatureSpace
{
    public const int MaxNgram = 3;
    private const char StartMark = '\u0002';
    private const char EndMark = '\u0003';
    private const string FlagPrefix = "#";
    private const int StackFieldLength = 256;

    [ThreadStatic]
    private static List<int>? _indices;

    [ThreadStatic]
    private static List<float>? _values;

    private readonly string[] _names;
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _indexBySpan;

    // N-grams by a packed key (tag and up to three chars, 16 bits each): looking up a ulong is several
    // times faster than hashing a span, and an example has hundreds of n-grams.
    private readonly PackedKeyTable _ngrams;

    // Whether every n-gram's prefix one character shorter is in the space too, as Build makes it (an
    // example holding abc holds ab, so ab is in at least as many examples): then no longer n-gram at a
    // position can be in the space once a shorter one is not, and the lookups there stop.
    private readonly bool _prefixClosed;

    public FeatureSpace(IReadOnlyList<string> names) : this(names, stopAtMissingPrefix: true)
    {
    }

    /// <summary>A space whose vectorizing may stop at a missing prefix (when the names allow it), or never does (for tests).</summary>
    internal FeatureSpace(IReadOnlyList<string> names, bool stopAtMissingPrefix)
    {
        _names = [.. names];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ngrams = new List<(ulong, int)>(_names.Length);
        for (int i = 0; i < _names.Length; i++)
        {
            var name = _names[i];
            if (name.Length is >= 3 and <= MaxNgram + 2 && name[1] == ':') ngrams.Add((Pack(name[0], name.AsSpan(2)), i));
            // Only flags are looked up by name (a model's tens of thousands of n-grams go by their packed key).
            if (name.StartsWith(FlagPrefix, StringComparison.Ordinal)) _index.Add(name, i);
        }
        _indexBySpan = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        _ngrams = new PackedKeyTable(ngrams);
        _prefixClosed = stopAtMissingPrefix && IsPrefixClosed(ngrams, _ngrams);
    }

    /// <summary>Whether, among n-grams of the names, the prefix of each one of two characters or more is one of them.</summary>
    /// <remarks>Asked of the table just built: a set of its tens of thousands of keys cost a model's load a fifth of its time.</remarks>
    private static bool IsPrefixClosed(List<(ulong Key, int Index)> ngrams, PackedKeyTable table)
    {
        // A packed key's prefix is the key with its last character, the 16 low bits, shifted out; a unigram (tag and one character) has none.
        foreach (var (key, _) in ngrams)
            if (key >> 32 != 0 && !table.TryGetValue(key >> 16, out _)) return false;
        return true;
    }

    /// <summary>Whether vectorizing stops at a missing prefix.</summary>
    internal bool StopsAtMissingPrefix => _prefixClosed;

    public int Count => _names.Length;

    public IReadOnlyList<string> Names => _names;

    /// <summary>
    /// The space of every feature that occurs in at least <paramref name="minExamples"/> examples,
    /// in ordinal order (the same examples give the same space, feature for feature).
    /// </summary>
    public static FeatureSpace Build(IEnumerable<FeatureInput> examples, int minExamples)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            seen.Clear();
            foreach (var key in Keys(example)) if (seen.Add(key)) counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var names = counts.Where(pair => pair.Value >= minExamples).Select(pair => pair.Key).ToList();
        names.Sort(StringComparer.Ordinal);
        return new FeatureSpace(names);
    }

    /// <summary>The example as sorted feature indices and their values.</summary>
    public SparseVector Vectorize(FeatureInput example)
    {
        // One pair of buffers per thread: prediction allocates only the vector it returns.
        var indices = _indices ??= new List<int>(256);
        var values = _values ??= new List<float>(256);
        indices.Clear();
        values.Clear();
        Span<char> buffer = stackalloc char[StackFieldLength + 2];
        foreach (var (tag, text) in example.FieldSpan)
        {
            // The field between its marks, without a string: the n-grams are looked up as spans.
            Span<char> marked = text.Length <= StackFieldLength ? buffer[..(text.Length + 2)] : new char[text.Length + 2];
            marked[0] = StartMark;
            text.AsSpan().CopyTo(marked[1..]);
            marked[^1] = EndMark;
            int first = indices.Count;
            // A name's n-grams prefetched together (PackedKeyTable.Prefetch); a long field's hundreds would
            // outrun what the processor keeps in flight.
            if (text.Length <= StackFieldLength)
                for (int i = 0; i < marked.Length; i++)
                {
                    ulong key = tag;
                    for (int length = 1; length <= MaxNgram && i + length <= marked.Length; length++) _ngrams.Prefetch(key = (key << 16) | marked[i + length - 1]);
                }
            // By position, each n-gram's key its prefix's and one more character. The order indices are
            // added in does not matter: they are sorted and counted per field.
            for (int i = 0; i < marked.Length; i++)
            {
                ulong key = tag;
                for (int length = 1; length <= MaxNgram && i + length <= marked.Length; length++)
                {
                    key = (key << 16) | marked[i + length - 1];
                    if (_ngrams.TryGetValue(key, out int index)) indices.Add(index);
                    else if (_prefixClosed) break;
                }
            }
            CountAndNormalize(indices, values, first);
        }
        foreach (var flag in example.FlagSpan)
        {
            // The flag's name with its prefix, looked up as a span: no string per flag and example.
            Span<char> name = flag.Length + FlagPrefix.Length <= buffer.Length ? buffer[..(flag.Length + FlagPrefix.Length)] : new char[flag.Length + FlagPrefix.Length];
            FlagPrefix.CopyTo(name);
            flag.CopyTo(name[FlagPrefix.Length..]);
            if (_indexBySpan.TryGetValue(name, out int index)) { indices.Add(index); values.Add(1f); }
        }
        return SparseVector.FromUnsorted([.. indices], [.. values]);
    }

    /// <summary>
    /// The tag and the n-gram's chars, 16 bits each. The tag is never 0 (FeatureInput refuses it), so
    /// an n-gram's length shows in where its highest set bits lie and a shorter one cannot meet a longer one.
    /// </summary>
    private static ulong Pack(char tag, ReadOnlySpan<char> ngram)
    {
        ulong key = tag;
        foreach (char c in ngram) key = (key << 16) | c;
        return key;
    }

    /// <summary>Every feature name of an example, repeats included.</summary>
    private static IEnumerable<string> Keys(FeatureInput example)
    {
        foreach (var (tag, text) in example.Fields)
        {
            string marked = StartMark + text + EndMark;
            for (int length = 1; length <= MaxNgram; length++)
                for (int i = 0; i + length <= marked.Length; i++)
                    yield return string.Concat(tag.ToString(), ":", marked.AsSpan(i, length));
        }
        foreach (var flag in example.Flags) yield return FlagPrefix + flag;
    }

    private const int InsertionSortMax = 64;

    /// <summary>
    /// Sorts a field's indices: a name's few dozen by insertion, longer fields by <c>Span.Sort</c>. The native
    /// tool's <c>Span.Sort</c> of ints compares through a comparer, which took a sixth of classifying a name.
    /// </summary>
    internal static void SortAscending(Span<int> span)
    {
        if (span.Length > InsertionSortMax)
        {
            span.Sort();
            return;
        }
        for (int i = 1; i < span.Length; i++)
        {
            int value = span[i], j = i - 1;
            for (; j >= 0 && span[j] > value; j--) span[j + 1] = span[j];
            span[j + 1] = value;
        }
    }

    /// <summary>Turns one field's indices (from <paramref name="first"/> on) into distinct indices with counts scaled to unit length.</summary>
    private static void CountAndNormalize(List<int> indices, List<float> values, int first)
    {
        int n = indices.Count - first;
        if (n == 0) return;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(indices).Slice(first, n);
        SortAscending(span);
        int write = 0;
        int firstValue = values.Count;
        for (int read = 0; read < n; read++)
        {
            if (write > 0 && span[write - 1] == span[read]) { System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values)[^1]++; continue; }
            span[write++] = span[read];
            values.Add(1);
        }
        indices.RemoveRange(first + write, n - write);
        var counts = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values)[firstValue..];
        double norm = 0;
        foreach (var c in counts) norm += c * c;
        float scale = (float)(1 / Math.Sqrt(norm));
        for (int i = 0; i < counts.Length; i++) counts[i] *= scale;
    }
}
