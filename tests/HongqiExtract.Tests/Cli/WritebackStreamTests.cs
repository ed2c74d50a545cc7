using HongqiExtract.Cli.Batch;

namespace HongqiExtract.Tests.Cli;

/// <summary>The output file that asks for write-back as it grows: the bytes are the file's, reads and seeks are the file's.</summary>
public sealed class WritebackStreamTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-writeback-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void What_is_written_in_pieces_of_every_size_is_the_file_byte_for_byte_and_write_back_is_asked_every_interval()
    {
        var path = Path.Combine(_dir, "out.bin");
        var random = new Random(7);
        var expected = new MemoryStream();
        long requested;
        using (var stream = new WritebackStream(new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16)))
        {
            while (expected.Length < 3 * WritebackStream.Interval + 12_345)
            {
                var piece = new byte[random.Next(1, 200_000)];
                random.NextBytes(piece);
                if (piece.Length % 5 == 0) stream.WriteByte(piece[0]);
                else stream.Write(piece);
                if (piece.Length % 5 == 0) expected.WriteByte(piece[0]);
                else expected.Write(piece);
            }
            requested = stream.Requested;
        }
        Assert.Equal(expected.ToArray(), File.ReadAllBytes(path));
        if (OperatingSystem.IsLinux()) Assert.InRange(requested, 3 * WritebackStream.Interval, expected.Length);
        else Assert.Equal(0, requested);
    }

    [Fact]
    public async Task Seeking_back_and_reading_go_to_the_file_as_a_parquet_writer_needs()
    {
        var path = Path.Combine(_dir, "seek.bin");
        await using (var stream = new WritebackStream(new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16)))
        {
            Assert.True(stream.CanSeek && stream.CanRead);
            await stream.WriteAsync("hello world"u8.ToArray());
            stream.Position = 6;
            var back = new byte[5];
            Assert.Equal(5, stream.Read(back));
            Assert.Equal("world"u8.ToArray(), back);
            stream.Seek(0, SeekOrigin.Begin);
            stream.Write("HELLO"u8);
            Assert.Equal(11, stream.Length);
        }
        Assert.Equal("HELLO world", await File.ReadAllTextAsync(path));
    }
}
