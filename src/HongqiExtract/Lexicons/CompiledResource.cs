using System.Runtime.InteropServices;

namespace HongqiExtract.Lexicons;

/// <summary>
/// Reading the binary resources the build compiles (the word trie, the HMM, the models): their header
/// and their arrays, read straight into memory. Shared with the resource compiler's linked readers.
/// </summary>
internal static class CompiledResource
{
    /// <summary>Reads the eight-byte magic and checks it; the layouts are little-endian.</summary>
    /// <exception cref="InvalidDataException">The stream starts otherwise.</exception>
    public static void ExpectMagic(Stream stream, ReadOnlySpan<byte> magic, string what)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException($"The {what} is stored little-endian.");
        Span<byte> found = stackalloc byte[magic.Length];
        stream.ReadExactly(found);
        if (!found.SequenceEqual(magic)) throw new InvalidDataException($"Not a HongqiExtract {what} of this version.");
    }

    /// <summary>An array of <paramref name="length"/> elements read as they lie in the stream.</summary>
    /// <param name="stream">Where they lie.</param>
    /// <param name="length">How many.</param>
    /// <param name="pinned">On the pinned heap, for a reader that keeps a pointer to it.</param>
    public static T[] ReadArray<T>(Stream stream, int length, bool pinned = false) where T : unmanaged
    {
        if (length < 0) throw new InvalidDataException($"A negative array length ({length}).");
        var array = GC.AllocateUninitializedArray<T>(length, pinned);
        stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    /// <summary>A little-endian int32.</summary>
    public static int ReadInt32(Stream stream) => ReadArray<int>(stream, 1)[0];
}
