namespace HongqiExtract.Reading;

/// <summary>Reads a stream to its end, stopping as soon as it passes a limit (zip bombs, endless streams).</summary>
public static class BoundedReader
{
    /// <summary>All bytes of <paramref name="stream"/>, or false as soon as there are more than <paramref name="limit"/>.</summary>
    /// <param name="stream">The stream, read to its end and left open.</param>
    /// <param name="limit">The most bytes accepted.</param>
    /// <param name="bytes">The bytes read; empty when the limit was passed.</param>
    public static bool TryReadAll(Stream stream, long limit, out byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && TryReadKnownLength(stream, limit, out bytes)) return true;
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                bytes = [];
                return false;
            }
            buffer.Write(chunk, 0, read);
        }
        bytes = buffer.ToArray();
        return true;
    }

    /// <summary>
    /// A stream that knows its length (a file) and says it fits the limit is read straight into one array
    /// of that length, not grown and copied through a buffer. False, with the stream where it was, when
    /// it says it does not fit or proves longer or shorter than it said (a file being written or cut): the
    /// caller then reads it the general way, which trusts no length.
    /// </summary>
    private static bool TryReadKnownLength(Stream stream, long limit, out byte[] bytes)
    {
        bytes = [];
        long start = stream.Position;
        long length = stream.Length - start;
        if (length < 0 || length > limit || length > Array.MaxLength) return false;
        var read = GC.AllocateUninitializedArray<byte>((int)length);
        int total = 0, count;
        while (total < read.Length && (count = stream.Read(read, total, read.Length - total)) > 0) total += count;
        Span<byte> probe = stackalloc byte[1];
        if (total == read.Length && stream.Read(probe) == 0)
        {
            bytes = read;
            return true;
        }
        stream.Position = start;
        return false;
    }
}
