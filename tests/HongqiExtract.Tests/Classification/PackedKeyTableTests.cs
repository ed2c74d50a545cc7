using HongqiExtract.Classification.Learned;
using Xunit;

namespace HongqiExtract.Tests.Classification;

public class PackedKeyTableTests
{
    [Fact]
    public void Finds_every_key_it_holds_and_none_it_does_not()
    {
        // Keys that differ only in their high bits land in nearby slots and must probe past each other.
        var entries = Enumerable.Range(1, 5_000).Select(i => ((ulong)(uint)i << 48 | (uint)(i % 7), i)).ToList();
        var table = new PackedKeyTable(entries);
        Assert.All(entries, e => Assert.True(table.TryGetValue(e.Item1, out int v) && v == e.Item2));
        Assert.False(table.TryGetValue(12345, out _));
        Assert.False(table.TryGetValue(5_001UL << 48, out _));
        Assert.False(new PackedKeyTable([]).TryGetValue(1, out _));
    }

    [Fact]
    public void Refuses_a_repeated_key_and_the_empty_key()
    {
        Assert.Throws<ArgumentException>(() => new PackedKeyTable([(7UL, 1), (7UL, 2)]));
        Assert.Throws<ArgumentException>(() => new PackedKeyTable([(0UL, 1)]));
    }
}
