namespace HongqiExtract.Classification.Learned;

/// <summary>
/// The features a model knows, by name, and how an example becomes a sparse vector over them: each
/// text field's character 1–3-grams (with start and end marks) counted and scaled to the field's weight,
/// each flag worth 1. Features not in the space are ignored, in training and prediction alike.
/// Immutable and thread-safe.
/// </summary>
internal sealed class FeatureSpace
{
    public const int MaxNgram = 3;
    private const char StartMark = '\u0002';
    private const char EndMark = '\u0003';
    private const string FlagPrefix = "#";

    private readonly string[] _names;
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FeatureSpace(IReadOnlyList<string> names)
    {
        _names = [.. names];
        _index = new Dictionary<string, int>(_names.Length, StringComparer.Ordinal);
        for (int i = 0; i < _names.Length; i++) _index.Add(_names[i], i);
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

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
        var entries = new List<(int Index, float Value)>();
        Span<char> key = stackalloc char[MaxNgram + 2];
        foreach (var (tag, text, weight) in example.Fields)
        {
            int first = entries.Count;
            string marked = StartMark + text + EndMark;
            for (int length = 1; length <= MaxNgram; length++)
                for (int i = 0; i + length <= marked.Length; i++)
                {
                    key[0] = tag;
                    key[1] = ':';
                    marked.AsSpan(i, length).CopyTo(key[2..]);
                    if (_lookup.TryGetValue(key[..(length + 2)], out int index)) entries.Add((index, 1f));
                }
            CountAndNormalize(entries, first, weight);
        }
        foreach (var flag in example.Flags)
            if (_index.TryGetValue(FlagPrefix + flag, out int index)) entries.Add((index, 1f));
        return SparseVector.FromEntries(entries);
    }

    /// <summary>Every feature name of an example, repeats included.</summary>
    private static IEnumerable<string> Keys(FeatureInput example)
    {
        foreach (var (tag, text, _) in example.Fields)
        {
            string marked = StartMark + text + EndMark;
            for (int length = 1; length <= MaxNgram; length++)
                for (int i = 0; i + length <= marked.Length; i++)
                    yield return string.Concat(tag.ToString(), ":", marked.AsSpan(i, length));
        }
        foreach (var flag in example.Flags) yield return FlagPrefix + flag;
    }

    /// <summary>Merges one field's repeated indices into counts scaled to the field's weight as length.</summary>
    private static void CountAndNormalize(List<(int Index, float Value)> entries, int first, float weight)
    {
        int n = entries.Count - first;
        if (n == 0) return;
        entries.Sort(first, n, Comparer<(int Index, float Value)>.Create((a, b) => a.Index.CompareTo(b.Index)));
        int write = first;
        for (int read = first; read < entries.Count; read++)
        {
            if (write > first && entries[write - 1].Index == entries[read].Index) entries[write - 1] = (entries[read].Index, entries[write - 1].Value + 1);
            else entries[write++] = entries[read];
        }
        entries.RemoveRange(write, entries.Count - write);
        double norm = 0;
        for (int i = first; i < entries.Count; i++) norm += entries[i].Value * entries[i].Value;
        float scale = (float)(weight / Math.Sqrt(norm));
        for (int i = first; i < entries.Count; i++) entries[i] = (entries[i].Index, entries[i].Value * scale);
    }
}
