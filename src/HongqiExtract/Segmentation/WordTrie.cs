using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HongqiExtract.Lexicons;

namespace HongqiExtract.Segmentation;

/// <summary>
/// jieba's dictionary (dict.txt with the domain user dictionary added) as an immutable double-array
/// trie, compiled at build time by <see cref="WordTrieWriter"/> and read here with one read per array, no
/// parsing: a node is a slot; its child by character c is the slot at its base plus c's code, when that
/// slot's code is c's. A step reads one eight-byte slot (code, frequency and the next base together) and
/// the character's code from a table of all 65,536 UTF-16 units. Walking the trie from a position gives
/// every dictionary word starting there, with no allocation. Thread-safe.
/// The slots and tags (6.5 of its 6.6 MB) are not copied: they are read where the embedded resource
/// lies in the loaded image, so a process pages in only the parts its text walks, and a short run does
/// not copy 6 MB into fresh memory first (copied, the load was an eighth of a one-line run's CPU).
/// </summary>
internal sealed unsafe class WordTrie
{
    /// <summary>The embedded compiled trie's resource name.</summary>
    public const string ResourceName = "HongqiExtract.Segmentation.words.trie";

    /// <summary>The root, the empty string; also "no node" as a child, since no node has the root as child.</summary>
    public const int Root = 0;

    private static readonly Lazy<WordTrie> SharedTrie = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ushort[] _codes;
    private readonly char[] _characters;
    private readonly byte* _slots;
    private readonly byte* _tags;
    private readonly int _slotCount;
    private readonly int[] _frequencies;
    // The pinned arrays the slots and tags were copied into, when they could not be used where they lay; else null.
    private readonly object? _owner;

    private WordTrie(int nodeCount, double total, char[] characters, byte* slots, byte* tags, int slotCount, int[] frequencies, object? owner)
    {
        NodeCount = nodeCount;
        Total = total;
        _characters = characters;
        _codes = new ushort[char.MaxValue + 1];
        for (int code = 1; code < characters.Length; code++) _codes[characters[code]] = (ushort)code;
        _slots = slots;
        _tags = tags;
        _slotCount = slotCount;
        _frequencies = frequencies;
        _owner = owner;
    }

    /// <summary>Whether the slots are read where the stream's memory holds them (not copied).</summary>
    internal bool ReadInPlace => _owner is null;

    /// <summary>The package's trie, read once per process on first use.</summary>
    public static WordTrie Shared => SharedTrie.Value;

    /// <summary>The sum of the words' frequencies.</summary>
    public double Total { get; }

    /// <summary>The number of nodes, the root included.</summary>
    public int NodeCount { get; }

    /// <summary>The distinct frequencies; <see cref="FrequencyIndex"/> points into them, and the first is 0.</summary>
    public ReadOnlySpan<int> Frequencies => _frequencies;

    /// <summary>The child of <paramref name="node"/> reached by <paramref name="c"/>, or <see cref="Root"/> when there is none.</summary>
    public int Child(int node, char c)
    {
        int code = _codes[c];
        // A leaf's base is far negative, so its sum falls outside the array; code 0 (a character in no word) matches only free slots.
        // Nodes come from here or are the root, so they are in range.
        int child = Slot(node).Base + code;
        return (uint)child < (uint)_slotCount && Slot(child).Code == code && code != 0 ? child : Root;
    }

    /// <summary>The index of a node's frequency in <see cref="Frequencies"/>: 0 for a prefix that is no word.</summary>
    public int FrequencyIndex(int node) => Slot(node).FrequencyIndex;

    /// <summary>A node's frequency: 0 for a prefix that is no word.</summary>
    public int Frequency(int node) => _frequencies[Slot(node).FrequencyIndex];

    /// <summary>The node of <paramref name="word"/>, or <see cref="Root"/> when it is neither a word nor a prefix of one.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        int node = Root;
        foreach (char c in word) if ((node = Child(node, c)) == Root) return Root;
        return node;
    }

    /// <summary>The dictionary's one-letter tag of a function word (d, p, c, u, r, t) or verb (v), or '\0'.</summary>
    public char FunctionTag(ReadOnlySpan<char> word) => word.Length == 0 ? '\0' : FunctionTagOf(Find(word));

    // The resource need not lie aligned in the image (a native build packs resources end to end); on x64
    // and Arm64 an unaligned load is an ordinary one.
    // KeepAlive: read through a pointer, a copied trie's pinned arrays live only as long as the trie.
    private WordTrieSlot Slot(int slot)
    {
        var value = Unsafe.ReadUnaligned<WordTrieSlot>(_slots + (nint)slot * sizeof(WordTrieSlot));
        GC.KeepAlive(this);
        return value;
    }

    private char FunctionTagOf(int slot)
    {
        char tag = (char)_tags[slot];
        GC.KeepAlive(this);
        return tag;
    }

    /// <summary>Every word and prefix with its frequency (0 for a prefix), for the tests that hold the trie to jieba.NET's table.</summary>
    public IEnumerable<(string Key, int Frequency, char Tag)> Entries()
    {
        // A slot's parent is the node whose base is the slot less its code (bases are distinct).
        var byBase = new Dictionary<int, int>();
        for (int slot = 0; slot < _slotCount; slot++)
            if ((slot == Root || Slot(slot).Code != 0) && Slot(slot).Base >= 0) byBase.Add(Slot(slot).Base, slot);
        var keys = new string?[_slotCount];
        keys[Root] = "";
        string KeyOf(int slot) => keys[slot] ??= KeyOf(byBase[slot - Slot(slot).Code]) + _characters[Slot(slot).Code];
        for (int slot = 1; slot < _slotCount; slot++)
            if (Slot(slot).Code != 0) yield return (KeyOf(slot), Frequency(slot), FunctionTagOf(slot));
    }

    private static WordTrie Load()
    {
        using var stream = LexiconResources.OpenCompiled(ResourceName);
        return Read(stream, inPlace: true);
    }

    /// <summary>Reads a trie written by <see cref="WordTrieWriter.Write"/>.</summary>
    /// <param name="stream">The trie's bytes.</param>
    /// <param name="inPlace">
    /// Use the slots where an <see cref="UnmanagedMemoryStream"/> holds them, for memory that lives as long as
    /// the trie (an embedded resource lives as long as its assembly); otherwise they are copied.
    /// </param>
    /// <exception cref="InvalidDataException">The stream holds no trie of this layout.</exception>
    public static WordTrie Read(Stream stream, bool inPlace = false)
    {
        CompiledResource.ExpectMagic(stream, WordTrieWriter.Magic, "word trie");
        int nodes = CompiledResource.ReadInt32(stream);
        int characters = CompiledResource.ReadInt32(stream);
        int slots = CompiledResource.ReadInt32(stream);
        int distinct = CompiledResource.ReadInt32(stream);
        double total = CompiledResource.ReadArray<double>(stream, 1)[0];
        if (slots < 1) throw new InvalidDataException($"A word trie of {slots} slots.");
        long slotBytes = (long)slots * sizeof(WordTrieSlot);
        byte* slotPointer;
        byte* tagPointer;
        object? owner = null;
        // An embedded resource is an UnmanagedMemoryStream over the loaded image, alive as long as the
        // assembly: there the slots and tags are used where they lie.
        if (inPlace && stream is UnmanagedMemoryStream mapped && mapped.Length - mapped.Position >= slotBytes + slots)
        {
            slotPointer = mapped.PositionPointer;
            tagPointer = mapped.PositionPointer + slotBytes;
            mapped.Seek(slotBytes + slots, SeekOrigin.Current);
        }
        else
        {
            var slotArray = CompiledResource.ReadArray<WordTrieSlot>(stream, slots, pinned: true);
            var tags = CompiledResource.ReadArray<byte>(stream, slots, pinned: true);
            slotPointer = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(slotArray));
            tagPointer = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(tags));
            owner = (slotArray, tags);
        }
        var characterOf = CompiledResource.ReadArray<char>(stream, characters + 1);
        var frequencies = CompiledResource.ReadArray<int>(stream, distinct);
        return new WordTrie(nodes, total, characterOf, slotPointer, tagPointer, slots, frequencies, owner);
    }
}
