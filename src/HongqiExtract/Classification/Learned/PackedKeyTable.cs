namespace HongqiExtract.Classification.Learned;

/// <summary>
/// An immutable open-addressing table from packed n-gram keys (never 0) to feature indices: one
/// multiply and usually one probe per lookup, against a Dictionary's hash, bucket and entry chains;
/// an example's hundreds of n-gram lookups are the category and target models' main cost.
/// </summary>
internal sealed class PackedKeyTable
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _shift;

    public PackedKeyTable(IReadOnlyList<(ulong Key, int Value)> entries)
    {
        // At most half full, a power of two in size so that the slot is the hash's top bits.
        int bits = 4;
        while ((1 << bits) < entries.Count * 2) bits++;
        _keys = new ulong[1 << bits];
        _values = new int[1 << bits];
        _shift = 64 - bits;
        foreach (var (key, value) in entries)
        {
            if (key == 0) throw new ArgumentException("A packed key cannot be 0.", nameof(entries));
            int slot = Slot(key);
            while (_keys[slot] != 0 && _keys[slot] != key) slot = (slot + 1) & (_keys.Length - 1);
            if (_keys[slot] == key) throw new ArgumentException($"The packed key {key} repeats.", nameof(entries));
            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    public bool TryGetValue(ulong key, out int value)
    {
        var keys = _keys;
        int mask = keys.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ulong found = keys[slot];
            if (found == key) { value = _values[slot]; return true; }
            if (found == 0) { value = 0; return false; }
        }
    }
}
