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
}
