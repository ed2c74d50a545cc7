using System.Runtime.InteropServices;

namespace HongqiExtract.Segmentation;

/// <summary>
/// One slot of the word trie's double array (<see cref="WordTrie"/>): eight bytes, so the check of a
/// step, the frequency of the word it reaches and the base of the next step share one cache line.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct WordTrieSlot
{
    /// <summary>Where the node's children lie: the child by character code k is slot Base + k; negative for a leaf.</summary>
    public int Base;

    /// <summary>The code of the character that leads here from the parent, 0 for a free slot (and the root).</summary>
    public ushort Code;

    /// <summary>The node's frequency as an index into the distinct frequencies, 0 for a prefix that is no word.</summary>
    public ushort FrequencyIndex;

    /// <summary>The base of a node without children: any code added stays negative, outside the array.</summary>
    public const int LeafBase = int.MinValue / 2;
}
