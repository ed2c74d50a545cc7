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
    public static T[] ReadArray<T>(Stream stream, int length) where T : unmanaged
    {
        if (length < 0) throw new InvalidDataException($"A negative array length ({length}).");
        var array = GC.AllocateUninitializedArray<T>(length);
        stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    /// <summary>A little-endian int32.</summary>
    public static int ReadInt32(Stream stream) => ReadArray<int>(stream, 1)[0];
}
