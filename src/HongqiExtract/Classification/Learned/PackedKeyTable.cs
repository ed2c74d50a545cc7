using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using HongqiExtract.Lexicons;

namespace HongqiExtract.Classification.Learned;

/// <summary>
/// An immutable open-addressing table from packed n-gram keys (never 0) to feature indices: one
/// multiply and usually one probe per lookup, against a Dictionary's hash, bucket and entry chains;
/// an example's hundreds of n-gram lookups are the category and target models' main cost. Each key
/// lies beside its value, so a lookup that finds its key reads one cache line, not two. The slots are
/// written as they lie, so a compiled model's table is used where the loaded image holds it.
/// </summary>
internal sealed unsafe class PackedKeyTable
{
    /// <summary>A slot, 16 bytes as it lies in memory and in a compiled model; its padding is written, always 0.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Entry
    {
        public ulong Key;
        public int Value;
        public int Padding;
    }

    private const int MinBits = 4, MaxBits = 30;

    private readonly Entry* _entries;
    private readonly int _mask;
    private readonly int _shift;

    // The pinned slots this table built or copied, kept alive with it; null where they lie in the loaded image.
    private readonly Entry[]? _owner;

    public PackedKeyTable(IReadOnlyList<(ulong Key, int Value)> entries)
    {
        // At most half full, a power of two in size so that the slot is the hash's top bits.
        int bits = MinBits;
        while ((1 << bits) < entries.Count * 2) bits++;
        _owner = GC.AllocateArray<Entry>(1 << bits, pinned: true);
        _entries = (Entry*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_owner));
        (_mask, _shift) = ((1 << bits) - 1, 64 - bits);
        foreach (var (key, value) in entries)
        {
            if (key == 0) throw new ArgumentException("A packed key cannot be 0.", nameof(entries));
            int slot = Slot(key);
            while (_entries[slot].Key != 0 && _entries[slot].Key != key) slot = (slot + 1) & _mask;
            if (_entries[slot].Key == key) throw new ArgumentException($"The packed key {key} repeats.", nameof(entries));
            _entries[slot] = new Entry { Key = key, Value = value };
        }
    }

    private PackedKeyTable(Entry* entries, int bits, Entry[]? owner)
    {
        _entries = entries;
        (_mask, _shift) = ((1 << bits) - 1, 64 - bits);
        _owner = owner;
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>
    /// Asks the processor to bring the key's first slot into cache. The table runs to megabytes and is
    /// cold by the time a report's names are classified, so each lookup waited on memory; a field's n-grams
    /// prefetched together wait once, side by side. A hint only: no effect where x86 prefetch is missing.
    /// </summary>
    public void Prefetch(ulong key)
    {
        if (Sse.IsSupported) Sse.Prefetch0(_entries + Slot(key));
    }

    public bool TryGetValue(ulong key, out int value)
    {
        for (int slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Key == key) { value = entry.Value; return true; }
            if (entry.Key == 0) { value = 0; return false; }
        }
    }

    /// <summary>Every key and its value, in slot order.</summary>
    public IEnumerable<(ulong Key, int Value)> Entries()
    {
        for (int slot = 0; slot <= _mask; slot++)
        {
            var entry = SlotAt(slot);
            if (entry.Key != 0) yield return (entry.Key, entry.Value);
        }
    }

    // An iterator cannot hold a pointer across its yields: each slot is read here.
    private Entry SlotAt(int slot) => _entries[slot];

    /// <summary>Writes the table as it lies: its size's bits (int32), then its slots (key int64, value int32, padding int32).</summary>
    public void Write(Stream output)
    {
        output.Write(BitConverter.GetBytes(BitOperations.Log2((uint)_mask + 1)));
        output.Write(new ReadOnlySpan<byte>(_entries, checked((_mask + 1) * sizeof(Entry))));
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    /// <param name="input">The table's bytes.</param>
    /// <param name="valueLimit">Every value is below it (the space's feature count); checked where the slots are copied.</param>
    /// <param name="inPlace">
    /// Use the slots where an <see cref="UnmanagedMemoryStream"/> holds them, for memory that lives as long as
    /// the table (an embedded resource lives as long as its assembly); otherwise they are copied and checked.
    /// </param>
    /// <exception cref="InvalidDataException">The bytes hold no table of this layout.</exception>
    public static PackedKeyTable Read(Stream input, int valueLimit, bool inPlace)
    {
        int bits = CompiledResource.ReadInt32(input);
        if (bits is < MinBits or > MaxBits) throw new InvalidDataException($"A packed key table of 2^{bits} slots.");
        long bytes = (1L << bits) * sizeof(Entry);
        // Slots are used where the loaded image holds them: a model's load reads none of them, and only
        // the pages lookups touch are ever brought in.
        if (inPlace && input is UnmanagedMemoryStream mapped && mapped.Length - mapped.Position >= bytes)
        {
            var entries = (Entry*)mapped.PositionPointer;
            mapped.Seek(bytes, SeekOrigin.Current);
            return new PackedKeyTable(entries, bits, owner: null);
        }
        var copy = CompiledResource.ReadArray<Entry>(input, 1 << bits, pinned: true);
        // A table without an empty slot would never end a lookup for a missing key, and a value out of range
        // would index past the weights.
        if (copy.All(e => e.Key != 0))
            throw new InvalidDataException("A packed key table without an empty slot.");
        if (copy.Any(e => e.Key != 0 && (uint)e.Value >= (uint)valueLimit))
            throw new InvalidDataException($"A packed key table's value is not below {valueLimit}.");
        return new PackedKeyTable((Entry*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(copy)), bits, copy);
    }
}
