using System.Numerics;

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

    private readonly int _count;
    // Every name by index, made from the n-grams' keys and the other names when a compiled space is asked for them.
    private string[]? _names;
    // The names that are not n-grams (flags, and any a lookup never reaches), by index.
    private readonly (int Index, string Name)[] _named;
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
        _count = _names.Length;
        var ngrams = new List<(ulong, int)>(_names.Length);
        var named = new List<(int, string)>();
        for (int i = 0; i < _names.Length; i++)
        {
            var name = _names[i];
            if (IsNgram(name)) ngrams.Add((Pack(name[0], name.AsSpan(2)), i));
            else named.Add((i, name));
        }
        _named = [.. named];
        _index = FlagIndex(_named);
        _indexBySpan = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        _ngrams = new PackedKeyTable(ngrams);
        _prefixClosed = stopAtMissingPrefix && IsPrefixClosed(ngrams, _ngrams);
    }

    private FeatureSpace(int count, (int Index, string Name)[] named, PackedKeyTable ngrams, bool prefixClosed)
    {
        _count = count;
        _named = named;
        _index = FlagIndex(named);
        _indexBySpan = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        _ngrams = ngrams;
        _prefixClosed = prefixClosed;
    }

    /// <summary>
    /// Whether a name is a tag, a colon and one to three characters, looked up by its packed key. The tag is
    /// never 0 (FeatureInput refuses it), which is what lets a key give its name back (<see cref="Unpack"/>).
    /// </summary>
    private static bool IsNgram(string name) => name.Length is >= 3 and <= MaxNgram + 2 && name[1] == ':' && name[0] != '\0';

    // Only flags are looked up by name (a model's tens of thousands of n-grams go by their packed key).
    private static Dictionary<string, int> FlagIndex((int Index, string Name)[] named)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (i, name) in named)
            if (name.StartsWith(FlagPrefix, StringComparison.Ordinal)) index.Add(name, i);
        return index;
    }

    /// <summary>
    /// Writes the space: the feature count, the names that are not n-grams with their indices (each a 7-bit-encoded
    /// UTF-8 length and its bytes, as <see cref="BinaryWriter"/> writes strings), whether vectorizing stops at a
    /// missing prefix, and the n-grams' table as it lies (<see cref="PackedKeyTable.Write"/>), 16-byte aligned.
    /// </summary>
    public void WriteBinary(BinaryWriter writer)
    {
        writer.Write(_count);
        writer.Write(_named.Length);
        foreach (var (index, name) in _named)
        {
            writer.Write(index);
            writer.Write(name);
        }
        writer.Write(_prefixClosed);
        writer.Flush();
        // Padding, its length first, so that the slots (after the table's int32 of bits) lie 16-byte aligned from the start of the stream.
        var padding = (int)((16 - (writer.BaseStream.Position + 1 + sizeof(int)) % 16) % 16);
        writer.Write((byte)padding);
        writer.Write(new byte[padding]);
        writer.Flush();
        _ngrams.Write(writer.BaseStream);
    }

    /// <summary>Reads a space written by <see cref="WriteBinary"/>; the table is used in place where the stream allows (<see cref="PackedKeyTable.Read"/>).</summary>
    /// <exception cref="InvalidDataException">The bytes hold no space of this layout.</exception>
    public static FeatureSpace ReadBinary(BinaryReader reader, bool inPlace)
    {
        int count = reader.ReadInt32(), namedCount = reader.ReadInt32();
        if (count < 0 || namedCount < 0 || namedCount > count) throw new InvalidDataException($"A feature space of {count} features, {namedCount} of them named.");
        var named = new (int, string)[namedCount];
        for (int i = 0; i < namedCount; i++)
        {
            int index = reader.ReadInt32();
            if ((uint)index >= (uint)count) throw new InvalidDataException($"A named feature at {index} of {count}.");
            named[i] = (index, reader.ReadString());
        }
        bool prefixClosed = reader.ReadBoolean();
        reader.BaseStream.ReadExactly(new byte[reader.ReadByte()]);
        var table = PackedKeyTable.Read(reader.BaseStream, count, inPlace);
        try
        {
            return new FeatureSpace(count, named, table, prefixClosed);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"A feature space's names repeat: {e.Message}", e);
        }
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

    public int Count => _count;

    /// <summary>Every feature's name by index; a compiled space makes them on first call, from its table.</summary>
    public IReadOnlyList<string> Names => LazyInitializer.EnsureInitialized(ref _names, MakeNames);

    private string[] MakeNames()
    {
        var names = new string?[_count];
        foreach (var (index, name) in _named) names[index] = name;
        foreach (var (key, index) in _ngrams.Entries())
        {
            if ((uint)index >= (uint)_count || names[index] is not null) throw new InvalidDataException($"Feature {index} is named twice or lies outside the space.");
            names[index] = Unpack(key);
        }
        int missing = Array.IndexOf(names, null);
        if (missing >= 0) throw new InvalidDataException($"Feature {missing} has no name.");
        return names!;
    }

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

    /// <summary>An n-gram's name from its packed key: the highest 16 bits that are not 0 are the tag, the rest its characters.</summary>
    private static string Unpack(ulong key)
    {
        int characters = (BitOperations.Log2(key) >> 4);
        var name = new char[characters + 2];
        name[0] = (char)(key >> (16 * characters));
        name[1] = ':';
        for (int i = 0; i < characters; i++) name[2 + i] = (char)(key >> (16 * (characters - 1 - i)));
        return new string(name);
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
