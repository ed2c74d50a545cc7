using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HongqiExtract.Lexicons;

/// <summary>
/// A small set of characters as a table of 256-character blocks, only the blocks that hold a member
/// stored: the first characters of a cue group (a few dozen, over a few dozen blocks of the CJK range)
/// take a few kilobytes where a <see cref="CharTable"/> takes 64. Searched like it, four characters a
/// step; unlike <see cref="System.Buffers.SearchValues{T}"/> of non-ASCII characters, whose vectorized
/// filter is a software shuffle in a native build for the baseline x64 instruction set, its speed
/// does not depend on the instruction set.
/// </summary>
internal sealed class SparseCharTable
{
    // Block number by a character's high byte; block 0 is empty and stands for every block without a member.
    private readonly ushort[] _blockOf = new ushort[256];
    private readonly byte[] _marks;

    /// <summary>A table of <paramref name="members"/>.</summary>
    public SparseCharTable(IEnumerable<char> members)
    {
        var chars = members.Distinct().ToArray();
        var highs = chars.Select(c => c >> 8).Distinct().Order().ToArray();
        _marks = new byte[(highs.Length + 1) << 8];
        for (int b = 0; b < highs.Length; b++) _blockOf[highs[b]] = (ushort)(b + 1);
        foreach (char c in chars) _marks[(_blockOf[c >> 8] << 8) | (c & 0xFF)] = 1;
    }

    /// <summary>The index of the first character of <paramref name="text"/> in the set, or −1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        ref ushort blockOf = ref MemoryMarshal.GetArrayDataReference(_blockOf);
        ref byte marks = ref MemoryMarshal.GetArrayDataReference(_marks);
        ref char chars = ref MemoryMarshal.GetReference(text);
        int i = 0, length = text.Length;
        // Four characters a step while none is in the set: one branch for four lookups. The indexes stay
        // in bounds: a block number is at most the number of blocks, and c & 0xFF below 256.
        for (; i + 4 <= length; i += 4)
        {
            if ((Mark(ref blockOf, ref marks, Unsafe.Add(ref chars, i)) | Mark(ref blockOf, ref marks, Unsafe.Add(ref chars, i + 1))
                | Mark(ref blockOf, ref marks, Unsafe.Add(ref chars, i + 2)) | Mark(ref blockOf, ref marks, Unsafe.Add(ref chars, i + 3))) != 0)
                break;
        }
        for (; i < length; i++)
            if (Mark(ref blockOf, ref marks, Unsafe.Add(ref chars, i)) != 0) return i;
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Mark(ref ushort blockOf, ref byte marks, char c) =>
        Unsafe.Add(ref marks, (Unsafe.Add(ref blockOf, c >> 8) << 8) | (c & 0xFF));
}
