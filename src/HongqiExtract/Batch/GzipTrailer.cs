using System.Buffers.Binary;

namespace HongqiExtract.Batch;

/// <summary>
/// .NET's GZipStream ends quietly where a gzip file is cut short. The trailer's ISIZE field (the
/// uncompressed length mod 2^32, the file's last four bytes) tells a complete stream from a cut one.
/// </summary>
internal static class GzipTrailer
{
    /// <summary>Null when the stream, read to its end, has the length its trailer states; else the problem.</summary>
    public static string? Check(CountingStream decompressed, Stream compressed)
    {
        try
        {
            decompressed.CopyTo(Stream.Null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return $"corrupt gzip stream: {e.Message}";
        }
        if (!compressed.CanSeek) return null;
        if (compressed.Length < 18) return "truncated gzip stream: no trailer";
        Span<byte> size = stackalloc byte[4];
        compressed.Position = compressed.Length - 4;
        compressed.ReadExactly(size);
        uint stated = BinaryPrimitives.ReadUInt32LittleEndian(size);
        return stated == (uint)(decompressed.BytesRead & 0xFFFFFFFF)
            ? null
            : "truncated gzip stream: its trailer is missing or does not match the data (the last entry may be incomplete)";
    }
}

/// <summary>A read-only pass-through that counts the bytes read.</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = inner.Read(buffer, offset, count);
        BytesRead += n;
        return n;
    }

    public override int Read(Span<byte> buffer)
    {
        int n = inner.Read(buffer);
        BytesRead += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
