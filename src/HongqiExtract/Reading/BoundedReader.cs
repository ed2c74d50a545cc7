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
        if (stream.CanSeek && TryReadKnownLength(stream, limit, out bytes, out bool fits)) return fits;
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
    /// A stream that knows its length (a file) is read straight into one array of that length, not
    /// grown and copied through a buffer; false when it turns out longer than it said (a file still
    /// being written), and the caller reads it the general way from where it was.
    /// </summary>
    private static bool TryReadKnownLength(Stream stream, long limit, out byte[] bytes, out bool fits)
    {
        long start = stream.Position;
        long length = stream.Length - start;
        fits = length <= limit;
        if (fits && length > Array.MaxLength)
        {
            bytes = [];
            return false;
        }
        if (!fits)
        {
            bytes = [];
            return true;
        }
        bytes = GC.AllocateUninitializedArray<byte>((int)length);
        int total = 0, read;
        while (total < bytes.Length && (read = stream.Read(bytes, total, bytes.Length - total)) > 0) total += read;
        Span<byte> probe = stackalloc byte[1];
        if (total == bytes.Length && stream.Read(probe) == 0) return true;
        // Shorter or longer than its length said: read it again without trusting the length.
        stream.Position = start;
        return false;
    }
}
