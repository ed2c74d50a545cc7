using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace HongqiExtract.Classification.Learned;

/// <summary>
/// An immutable open-addressing table from packed n-gram keys (never 0) to feature indices: one
/// multiply and usually one probe per lookup, against a Dictionary's hash, bucket and entry chains;
/// an example's hundreds of n-gram lookups are the category and target models' main cost. Each key
/// lies beside its value, so a lookup that finds its key reads one cache line, not two.
/// </summary>
internal sealed class PackedKeyTable
{
    private struct Entry
    {
        public ulong Key;
        public int Value;
    }

    private readonly Entry[] _entries;
    private readonly int _shift;

    public PackedKeyTable(IReadOnlyList<(ulong Key, int Value)> entries)
    {
        // At most half full, a power of two in size so that the slot is the hash's top bits.
        int bits = 4;
        while ((1 << bits) < entries.Count * 2) bits++;
        _entries = new Entry[1 << bits];
        _shift = 64 - bits;
        foreach (var (key, value) in entries)
        {
            if (key == 0) throw new ArgumentException("A packed key cannot be 0.", nameof(entries));
            int slot = Slot(key);
            while (_entries[slot].Key != 0 && _entries[slot].Key != key) slot = (slot + 1) & (_entries.Length - 1);
            if (_entries[slot].Key == key) throw new ArgumentException($"The packed key {key} repeats.", nameof(entries));
            _entries[slot] = new Entry { Key = key, Value = value };
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>
    /// Asks the processor to bring the key's first slot into cache. The table is hundreds of kilobytes and
    /// cold by the time a report's names are classified, so each lookup waited on memory; a field's n-grams
    /// prefetched together wait once, side by side. A hint only: no effect where x86 prefetch is missing.
    /// The array is not pinned: were it moved meanwhile, a prefetch of its old place would only be wasted.
    /// </summary>
    public unsafe void Prefetch(ulong key)
    {
        if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref _entries[Slot(key)]));
    }

    public bool TryGetValue(ulong key, out int value)
    {
        var entries = _entries;
        int mask = entries.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Key == key) { value = entry.Value; return true; }
            if (entry.Key == 0) { value = 0; return false; }
        }
    }
}
