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

    private readonly ulong[] _lengths;
    private readonly int _slotMask;
    private readonly bool _byLast;
    // Lengths of two and more by the first (last) two characters; null without pair slots.
    private readonly ulong[]? _pairLengths;
    private readonly int _pairShift;

    private KeyLengths(IEnumerable<string> keys, bool byLast, int minLength, int slots, int pairSlots)
    {
        if (slots <= 0 || (slots & (slots - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(slots), "a power of two");
        if (pairSlots < 0 || (pairSlots & (pairSlots - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(pairSlots), "zero or a power of two");
        _lengths = new ulong[slots];
        _slotMask = slots - 1;
        _byLast = byLast;
        if (pairSlots > 1)
        {
            _pairLengths = new ulong[pairSlots];
            _pairShift = 32 - BitOperations.Log2((uint)pairSlots);
        }
        foreach (var key in keys)
        {
            if (key.Length < minLength) continue;
            if (key.Length > MaxLength) throw new InvalidOperationException($"lexicon key '{key}' is longer than {MaxLength} characters");
            ulong bit = 1UL << (key.Length - 1);
            _lengths[Slot(byLast ? key[^1] : key[0])] |= bit;
            if (_pairLengths is not null && key.Length >= 2) _pairLengths[PairSlot(byLast ? key[^1] : key[0], byLast ? key[^2] : key[1])] |= bit;
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
        if (_pairLengths is not null && text.Length >= 2) lengths = (lengths & 1) | _pairLengths[PairSlot(first, _byLast ? text[^2] : text[1])];
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
