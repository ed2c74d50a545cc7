using System.Text;
using HongqiExtract.Classification.Learned;
using Xunit;

namespace HongqiExtract.Tests.Classification;

/// <summary>
/// A compiled model keeps its n-grams as the lookup table itself, not as names: these hold the table and
/// the names it gives back to what the names make, and a damaged table to a clear error.
/// </summary>
public class CompiledFeatureSpaceTests
{
    // Flags, names that are no n-gram (too short, too long, a 0 tag), and n-grams of one to three characters.
    private static readonly string[] Names =
        ["#kind=work_report", "c:", "c:\u0002", "c:\u0002增", "c:增长率", "c:增长率高", "\0:ab", "n:\u0003", "n:长", "n:长\u0003", "n:\uffff\uffff\uffff", "x"];

    private static (FeatureSpace Space, byte[] Bytes) RoundTrip(FeatureSpace space)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true)) space.WriteBinary(writer);
        bytes.Position = 0;
        using var reader = new BinaryReader(bytes, Encoding.UTF8, leaveOpen: true);
        var read = FeatureSpace.ReadBinary(reader, inPlace: false);
        Assert.Equal(bytes.Length, bytes.Position);
        return (read, bytes.ToArray());
    }

    [Fact]
    public void A_space_read_back_gives_every_name_and_every_vector_it_was_written_with()
    {
        var space = new FeatureSpace(Names);
        var (read, _) = RoundTrip(space);
        Assert.Equal(Names, read.Names);
        Assert.Equal(space.StopsAtMissingPrefix, read.StopsAtMissingPrefix);
        var input = new FeatureInput().Text('c', "增长率高").Text('n', "长").Flag("kind=work_report");
        var (expected, actual) = (space.Vectorize(input), read.Vectorize(input));
        Assert.NotEmpty(expected.Indices);
        Assert.Equal(expected.Indices, actual.Indices);
        Assert.Equal(expected.Values, actual.Values);
    }

    [Fact]
    public void The_table_lies_16_byte_aligned_and_is_written_the_same_each_time()
    {
        var space = new FeatureSpace(Names);
        var (_, first) = RoundTrip(space);
        var (read, second) = RoundTrip(RoundTrip(space).Space);
        Assert.Equal(first, second);
        Assert.Equal(Names, read.Names);
        // The table's 16 slots of 16 bytes end the stream; before them its size's bits, 4.
        int table = first.Length - 16 * 16;
        Assert.Equal(0, table % 16);
        Assert.Equal(4, BitConverter.ToInt32(first, table - 4));
    }

    [Fact]
    public void A_table_without_an_empty_slot_or_with_a_value_past_the_space_is_refused()
    {
        var (_, bytes) = RoundTrip(new FeatureSpace(Names));
        int table = bytes.Length - 16 * 16;
        var full = (byte[])bytes.Clone();
        for (int slot = 0; slot < 16; slot++) BitConverter.TryWriteBytes(full.AsSpan(table + slot * 16), (ulong)(slot + 1) << 40);
        Assert.Contains("empty slot", Read(full).Message);
        var outside = (byte[])bytes.Clone();
        int used = Enumerable.Range(0, 16).First(slot => BitConverter.ToUInt64(outside, table + slot * 16) != 0);
        BitConverter.TryWriteBytes(outside.AsSpan(table + used * 16 + 8), Names.Length);
        Assert.Contains("not below", Read(outside).Message);

        static InvalidDataException Read(byte[] bytes)
        {
            using var reader = new BinaryReader(new MemoryStream(bytes));
            return Assert.Throws<InvalidDataException>(() => FeatureSpace.ReadBinary(reader, inPlace: false));
        }
    }
}
