namespace HongqiExtract.Segmentation;

/// <summary>
/// Places the word trie's nodes in a double array at build time (<see cref="WordTrieWriter"/>): each
/// node's children go where its base plus their character codes are all free, at the first such base
/// not taken by another node. Distinct bases make the code alone a sound check: a slot reached from the
/// wrong node would need that node's base. Free slots are found through a disjoint-set forest ("the
/// next free slot from here"), so placing half a million nodes stays near linear.
/// </summary>
internal sealed class DoubleArray
{
    private WordTrieSlot[] _slots = new WordTrieSlot[1 << 16];
    private byte[] _tags = new byte[1 << 16];
    private bool[] _baseTaken = new bool[1 << 16];
    // _nextFree[i]: a slot at or after i that may be free (path-compressed); i itself when i is free.
    private int[] _nextFree = new int[1 << 16];

    public DoubleArray()
    {
        for (int i = 0; i < _nextFree.Length; i++) _nextFree[i] = i;
        // Slot 0 is the root's; its base is 0, the root's children lie at their codes.
        Occupy(0);
    }

    /// <summary>One past the last slot in use.</summary>
    public int Length { get; private set; } = 1;

    public Span<WordTrieSlot> Slots => _slots;

    public Span<byte> Tags => _tags;

    public ref WordTrieSlot Slot(int index)
    {
        Grow(index);
        return ref _slots[index];
    }

    public ref byte Tag(int index)
    {
        Grow(index);
        return ref _tags[index];
    }

    /// <summary>
    /// Finds a base for the node in <paramref name="parent"/> whose children have <paramref name="codes"/>
    /// (ascending, from 1), occupies the children's slots and returns the base. The root's base is 0.
    /// </summary>
    public int Place(int parent, int[] codes)
    {
        int chosen;
        if (parent == 0)
        {
            chosen = 0;
        }
        else
        {
            // The first free slot that could hold the first child, then onward until every child fits.
            for (int at = NextFree(codes[0] + 1); ; at = NextFree(at + 1))
            {
                int candidate = at - codes[0];
                if (!IsBaseTaken(candidate) && Fits(candidate, codes)) { chosen = candidate; break; }
            }
        }
        Grow(chosen + codes[^1]);
        _baseTaken[chosen] = true;
        foreach (int code in codes)
        {
            Occupy(chosen + code);
            _slots[chosen + code].Code = checked((ushort)code);
        }
        _slots[parent].Base = chosen;
        return chosen;
    }

    private bool IsBaseTaken(int candidate) => candidate < _baseTaken.Length && _baseTaken[candidate];

    private bool Fits(int candidate, int[] codes)
    {
        foreach (int code in codes)
        {
            int slot = candidate + code;
            if (slot < _nextFree.Length && NextFree(slot) != slot) return false;
        }
        return true;
    }

    private void Occupy(int slot)
    {
        Grow(slot + 1);
        _nextFree[slot] = slot + 1;
        Length = Math.Max(Length, slot + 1);
    }

    private int NextFree(int from)
    {
        Grow(from);
        int root = from;
        while (_nextFree[root] != root) { root = _nextFree[root]; Grow(root); }
        // Path compression: every slot passed now points at the free one found.
        while (_nextFree[from] != root) (from, _nextFree[from]) = (_nextFree[from], root);
        return root;
    }

    private void Grow(int index)
    {
        if (index < _slots.Length) return;
        int old = _slots.Length, size = old;
        while (size <= index) size *= 2;
        Array.Resize(ref _slots, size);
        Array.Resize(ref _tags, size);
        Array.Resize(ref _baseTaken, size);
        Array.Resize(ref _nextFree, size);
        for (int i = old; i < size; i++) _nextFree[i] = i;
    }
}
