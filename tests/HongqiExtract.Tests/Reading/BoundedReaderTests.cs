using HongqiExtract.Reading;

namespace HongqiExtract.Tests.Reading;

/// <summary>Reading to the end under a limit, whether the stream knows its length, says a wrong one, or knows none.</summary>
public class BoundedReaderTests
{
    private static byte[] Content(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(70_000)]
    [InlineData(200_000)]
    public void Every_byte_is_read_from_a_stream_that_knows_its_length_and_from_one_that_does_not(int length)
    {
        var content = Content(length);
        Assert.True(BoundedReader.TryReadAll(new MemoryStream(content), 1 << 20, out var seekable));
        Assert.Equal(content, seekable);
        Assert.True(BoundedReader.TryReadAll(new ForwardOnlyStream(content), 1 << 20, out var forward));
        Assert.Equal(content, forward);
    }

    [Fact]
    public void Reading_starts_where_the_stream_stands()
    {
        var stream = new MemoryStream(Content(100)) { Position = 40 };
        Assert.True(BoundedReader.TryReadAll(stream, 1000, out var rest));
        Assert.Equal(Content(100)[40..], rest);
    }

    [Theory]
    [InlineData(-30)]
    [InlineData(30)]
    public void A_stream_whose_length_is_wrong_is_still_read_to_its_end(int error)
    {
        var content = Content(5000);
        Assert.True(BoundedReader.TryReadAll(new WrongLengthStream(content, content.Length + error), 1 << 20, out var bytes));
        Assert.Equal(content, bytes);
    }

    [Fact]
    public void A_stream_standing_past_its_end_gives_no_bytes()
    {
        Assert.True(BoundedReader.TryReadAll(new MemoryStream(Content(100)) { Position = 200 }, 1000, out var bytes));
        Assert.Empty(bytes);
    }

    [Fact]
    public void A_stream_that_claims_more_than_the_limit_but_holds_less_is_read()
    {
        var content = Content(5000);
        Assert.True(BoundedReader.TryReadAll(new WrongLengthStream(content, 20_000), 10_000, out var bytes));
        Assert.Equal(content, bytes);
    }

    [Fact]
    public void Exactly_the_limit_is_accepted_either_way()
    {
        var content = Content(10_000);
        Assert.True(BoundedReader.TryReadAll(new MemoryStream(content), 10_000, out var seekable));
        Assert.Equal(content, seekable);
        Assert.True(BoundedReader.TryReadAll(new ForwardOnlyStream(content), 10_000, out var forward));
        Assert.Equal(content, forward);
    }

    [Fact]
    public void Past_the_limit_nothing_is_returned_either_way()
    {
        var content = Content(10_001);
        Assert.False(BoundedReader.TryReadAll(new MemoryStream(content), 10_000, out var seekable));
        Assert.Empty(seekable);
        Assert.False(BoundedReader.TryReadAll(new ForwardOnlyStream(content), 10_000, out var forward));
        Assert.Empty(forward);
        Assert.False(BoundedReader.TryReadAll(new WrongLengthStream(content, 100), 10_000, out var lying));
        Assert.Empty(lying);
    }

    /// <summary>A stream that cannot seek and so tells no length.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }

    /// <summary>A seekable stream that reports a length other than its content's (a file growing or truncated while read).</summary>
    private sealed class WrongLengthStream(byte[] content, long reported) : MemoryStream(content)
    {
        public override long Length => reported;
    }
}
