using System.Runtime.InteropServices;

namespace HongqiExtract.Segmentation;

/// <summary>
/// Writes a <see cref="PrefixTable"/> as the binary word trie <see cref="WordTrie"/> reads: the resource
/// compiler runs it at build time, so the package never parses dict.txt at run time. Nodes are numbered
/// breadth first, in ordinal order within a depth, so the children of every node are one run of
/// consecutive numbers and a node needs only its first child's number.
/// </summary>
internal static class WordTrieWriter
{
    /// <summary>The file's first eight bytes; a change of layout changes them.</summary>
    public static ReadOnlySpan<byte> Magic => "HQTRIE01"u8;

    /// <summary>
    /// Layout, little-endian: magic; node count N, distinct frequency count F (int32 each); the frequencies'
    /// total (float64); the root's child per UTF-16 unit (65,536 int32, 0 for none); each node's first child
    /// (N + 1 int32); each node's last character (N UTF-16 units); each node's frequency as an index into
    /// the distinct frequencies (N uint16, 0 for a prefix that is no word); each node's function tag (N bytes,
    /// 0 for none); the distinct frequencies (F int32, the first 0).
    /// </summary>
    public static void Write(PrefixTable table, Stream output)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The word trie is written little-endian.");
        // The root (the empty string), then every entry by length, ordinal within a length.
        var keys = new string[table.Words.Count + 1];
        keys[0] = "";
        table.Words.Keys.CopyTo(keys, 1);
        Array.Sort(keys, 1, keys.Length - 1, Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b)));
        int n = keys.Length;
        var ids = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) ids.Add(keys[i], i);

        var rootChildren = new int[char.MaxValue + 1];
        var firstChild = new int[n + 1];
        Array.Fill(firstChild, -1);
        var labels = new char[n];
        var frequencyIndex = new ushort[n];
        var tags = new byte[n];
        var frequencies = new List<int> { 0 };
        var frequencyIds = new Dictionary<int, ushort> { [0] = 0 };
        for (int i = 1; i < n; i++)
        {
            var key = keys[i];
            labels[i] = key[^1];
            int parent = ids[key[..^1]];
            if (parent == 0) rootChildren[key[0]] = i;
            if (firstChild[parent] < 0) firstChild[parent] = i;
            int frequency = table.Words[key];
            if (!frequencyIds.TryGetValue(frequency, out var index))
            {
                if (frequencies.Count > ushort.MaxValue) throw new InvalidDataException("More distinct frequencies than the trie's 16-bit index holds.");
                frequencyIds[frequency] = index = (ushort)frequencies.Count;
                frequencies.Add(frequency);
            }
            frequencyIndex[i] = index;
            if (table.FunctionTags.TryGetValue(key, out var tag)) tags[i] = checked((byte)tag);
        }
        // A node without children starts where the next node's children start: its run is empty.
        firstChild[n] = n;
        for (int i = n - 1; i >= 0; i--) if (firstChild[i] < 0) firstChild[i] = firstChild[i + 1];

        output.Write(Magic);
        output.Write(BitConverter.GetBytes(n));
        output.Write(BitConverter.GetBytes(frequencies.Count));
        output.Write(BitConverter.GetBytes(table.Total));
        output.Write(MemoryMarshal.AsBytes(rootChildren.AsSpan()));
        output.Write(MemoryMarshal.AsBytes(firstChild.AsSpan()));
        output.Write(MemoryMarshal.AsBytes(labels.AsSpan()));
        output.Write(MemoryMarshal.AsBytes(frequencyIndex.AsSpan()));
        output.Write(tags);
        output.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(frequencies)));
    }
}
