using System.Numerics;

namespace HongqiExtract.Lexicons;

/// <summary>
/// The lengths a lexicon's keys have, by their first (or last) character, as bit sets (bit L−1 for
/// length L): a longest-match lookup then probes its dictionary only at lengths some key with that
/// character has, one or two instead of every length up to the longest key. Characters share a slot
/// by their low bits; a shared slot holds the union of their lengths, so a probe may be wasted but
/// none is missed. With pair slots, keys of two characters or more are also indexed by their first
/// (last) two: 一步 then probes none of the lengths of 一带一路 and 一些.
/// </summary>
internal sealed class KeyLengths
{
    /// <summary>The longest key this can index.</summary>
    public const int MaxLength = 64;

    private readonly LengthTable _lengths;
    private readonly int _slotMask;
    private readonly bool _byLast;
    // Lengths of two and more by the first (last) two characters; empty without pair slots.
    private readonly LengthTable _pairLengths;
    private readonly int _pairShift;

    private KeyLengths(IEnumerable<string> keys, bool byLast, int minLength, int slots, int pairSlots)
    {
        if (slots <= 0 || (slots & (slots - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(slots), "a power of two");
        if (pairSlots < 0 || (pairSlots & (pairSlots - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(pairSlots), "zero or a power of two");
        var indexed = keys.Where(k => k.Length >= minLength).ToList();
        if (indexed.Find(k => k.Length > MaxLength) is { } tooLong) throw new InvalidOperationException($"lexicon key '{tooLong}' is longer than {MaxLength} characters");
        bool shortKeys = indexed.TrueForAll(k => k.Length <= LengthTable.ShortLength);
        _lengths = new LengthTable(slots, shortKeys);
        _slotMask = slots - 1;
        _byLast = byLast;
        if (pairSlots > 1)
        {
            _pairLengths = new LengthTable(pairSlots, shortKeys);
            _pairShift = 32 - BitOperations.Log2((uint)pairSlots);
        }
        foreach (var key in indexed)
        {
            ulong bit = 1UL << (key.Length - 1);
            _lengths.Add(Slot(byLast ? key[^1] : key[0]), bit);
            if (!_pairLengths.IsEmpty && key.Length >= 2) _pairLengths.Add(PairSlot(byLast ? key[^1] : key[0], byLast ? key[^2] : key[1]), bit);
        }
    }

    /// <summary>
    /// Lengths by slot: a byte a slot where no key is longer than 8 characters (the unit lexicons' are 6 at
    /// most), else a ulong. The recognizer asks at every number, and its lookups waited on memory for
    /// tables of 32 KB each where 4 KB stay in cache.
    /// </summary>
    private readonly struct LengthTable
    {
        public const int ShortLength = 8;
        private readonly byte[]? _short;
        private readonly ulong[]? _long;

        public LengthTable(int slots, bool shortKeys)
        {
            if (shortKeys) _short = new byte[slots];
            else _long = new ulong[slots];
        }

        public bool IsEmpty => _short is null && _long is null;

        public ulong this[int slot] => _short is { } bytes ? bytes[slot] : _long![slot];

        public void Add(int slot, ulong bit)
        {
            if (_short is { } bytes) bytes[slot] |= (byte)bit;
            else _long![slot] |= bit;
        }
    }

    /// <summary>
    /// Indexed by each key's first character, for matches at the start of a text (keys shorter than <paramref name="minLength"/>
    /// left out; fewer <paramref name="slots"/>, less memory, more shared slots; <paramref name="pairSlots"/> above 1 also index the first two).
    /// </summary>
    public static KeyLengths ByFirst(IEnumerable<string> keys, int minLength = 1, int slots = 4096, int pairSlots = 0) => new(keys, byLast: false, minLength, slots, pairSlots);

    /// <summary>
    /// Indexed by each key's last character, for matches at the end of a text (keys shorter than <paramref name="minLength"/>
    /// left out; fewer <paramref name="slots"/>, less memory, more shared slots; <paramref name="pairSlots"/> above 1 also index the last two).
    /// </summary>
    public static KeyLengths ByLast(IEnumerable<string> keys, int minLength = 1, int slots = 4096, int pairSlots = 0) => new(keys, byLast: true, minLength, slots, pairSlots);

    /// <summary>
    /// The lengths to probe in <paramref name="text"/>, longest first: those some key with its first (or
    /// last) character has (with pair slots, for lengths of two and more, its first or last two), up to the
    /// text's length and longer than <paramref name="longerThan"/>; none for an empty text.
    /// </summary>
    public LongestFirst For(ReadOnlySpan<char> text, int longerThan = 0)
    {
        if (text.IsEmpty || longerThan >= MaxLength) return default;
        char first = _byLast ? text[^1] : text[0];
        ulong lengths = _lengths[Slot(first)];
        // A key of two or more shares its first two characters with the text: length 1 from the first alone, the rest from the pair.
        if (!_pairLengths.IsEmpty && text.Length >= 2) lengths = (lengths & 1) | _pairLengths[PairSlot(first, _byLast ? text[^2] : text[1])];
        if (text.Length < MaxLength) lengths &= (1UL << text.Length) - 1;
        return new LongestFirst(lengths & ~((1UL << longerThan) - 1));
    }

    /// <summary>A set of lengths enumerated longest first, without allocating (foreach over it).</summary>
    public struct LongestFirst(ulong lengths)
    {
        private ulong _rest = lengths;

        /// <summary>The current length.</summary>
        public int Current { get; private set; }

        /// <summary>Moves to the next shorter length.</summary>
        public bool MoveNext()
        {
            if (_rest == 0) return false;
            Current = MaxLength - BitOperations.LeadingZeroCount(_rest);
            _rest &= ~(1UL << (Current - 1));
            return true;
        }

        /// <summary>Itself: the set is its own enumerator.</summary>
        public readonly LongestFirst GetEnumerator() => this;
    }

    private int Slot(char c) => c & _slotMask;

    // Fibonacci hashing of the two characters: the top bits of their product with 2^32/φ.
    private int PairSlot(char first, char second) => (int)((((uint)first << 16) | second) * 0x9E3779B1u >> _pairShift);
}
