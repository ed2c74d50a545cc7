using System.Runtime.InteropServices;

namespace HongqiExtract.Segmentation;

/// <summary>
/// Writes a <see cref="PrefixTable"/> as the double-array word trie <see cref="WordTrie"/> reads: the
/// resource compiler runs it at build time, so the package never parses dict.txt or places a node at
/// run time. Characters are coded by how many nodes they label, most first, so the busy part of the
/// array stays small; every node gets a base of its own (first fit), which lets a slot's check be the
/// character code alone, and the code and frequency share the slot with the next base.
/// </summary>
internal static class WordTrieWriter
{
    /// <summary>The file's first eight bytes; a change of layout changes them.</summary>
    public static ReadOnlySpan<byte> Magic => "HQTRIE03"u8;

    /// <summary>
    /// Layout, little-endian: magic; node count N, character count K, slot count S, distinct frequency
    /// count F (int32 each); the frequencies' total (float64); the slots (S × 8 bytes: base int32, code
    /// uint16, frequency index uint16); each slot's function tag (S bytes, 0 for none); the character of
    /// each code 0..K (K + 1 UTF-16 units, the first unused); the distinct frequencies (F int32, the first 0).
    /// </summary>
    public static void Write(PrefixTable table, Stream output)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The word trie is written little-endian.");
        // The root (the empty string), then every entry by length, ordinal within a length: breadth first,
        // so a node's parent always comes before it.
        var keys = new string[table.Words.Count + 1];
        keys[0] = "";
        table.Words.Keys.CopyTo(keys, 1);
        Array.Sort(keys, 1, keys.Length - 1, Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b)));
        int n = keys.Length;
        var ids = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) ids.Add(keys[i], i);

        var codes = CharacterCodes(keys, out var characters);
        var children = new List<int>[n];
        for (int i = 1; i < n; i++) (children[ids[keys[i][..^1]]] ??= []).Add(i);

        var frequencies = new List<int> { 0 };
        var frequencyIds = new Dictionary<int, ushort> { [0] = 0 };
        var placement = new DoubleArray();
        var slotOf = new int[n];
        for (int node = 0; node < n; node++)
        {
            int slot = slotOf[node];
            ref var here = ref placement.Slot(slot);
            if (node > 0)
            {
                int frequency = table.Words[keys[node]];
                if (!frequencyIds.TryGetValue(frequency, out var index))
                {
                    if (frequencies.Count > ushort.MaxValue) throw new InvalidDataException("More distinct frequencies than the trie's 16-bit index holds.");
                    frequencyIds[frequency] = index = (ushort)frequencies.Count;
                    frequencies.Add(frequency);
                }
                here.FrequencyIndex = index;
                if (table.FunctionTags.TryGetValue(keys[node], out var tag)) placement.Tag(slot) = checked((byte)tag);
            }
            if (children[node] is not { } mine) { here.Base = WordTrieSlot.LeafBase; continue; }
            var childCodes = mine.Select(child => (int)codes[keys[child][^1]]).ToArray();
            Array.Sort(childCodes);
            int firstBase = placement.Place(slot, childCodes);
            foreach (int child in mine) slotOf[child] = firstBase + codes[keys[child][^1]];
        }

        int slots = placement.Length;
        output.Write(Magic);
        output.Write(BitConverter.GetBytes(n));
        output.Write(BitConverter.GetBytes(characters.Length - 1));
        output.Write(BitConverter.GetBytes(slots));
        output.Write(BitConverter.GetBytes(frequencies.Count));
        output.Write(BitConverter.GetBytes(table.Total));
        // The slots and tags first, after the 32-byte header: the reader serves them from the embedded
        // resource's memory where they lie, and copies only the small arrays after them.
        output.Write(MemoryMarshal.AsBytes(placement.Slots[..slots]));
        output.Write(placement.Tags[..slots]);
        output.Write(MemoryMarshal.AsBytes(characters.AsSpan()));
        output.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(frequencies)));
    }

    /// <summary>Each character's code, 1 for the one labelling most nodes; <paramref name="characters"/> maps codes back (index 0 unused).</summary>
    private static ushort[] CharacterCodes(string[] keys, out char[] characters)
    {
        var counts = new int[char.MaxValue + 1];
        for (int i = 1; i < keys.Length; i++) counts[keys[i][^1]]++;
        var byCount = Enumerable.Range(0, counts.Length).Where(c => counts[c] > 0).OrderByDescending(c => counts[c]).ThenBy(c => c).ToArray();
        if (byCount.Length >= ushort.MaxValue) throw new InvalidDataException("More distinct characters than the trie's 16-bit codes hold.");
        var codes = new ushort[char.MaxValue + 1];
        characters = new char[byCount.Length + 1];
        for (int k = 0; k < byCount.Length; k++)
        {
            codes[byCount[k]] = (ushort)(k + 1);
            characters[k + 1] = (char)byCount[k];
        }
        return codes;
    }
}
