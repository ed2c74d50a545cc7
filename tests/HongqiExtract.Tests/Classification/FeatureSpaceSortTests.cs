using HongqiExtract.Classification.Learned;
using Xunit;

namespace HongqiExtract.Tests.Classification;

/// <summary>A field's feature indices are sorted by insertion up to a few dozen and by Span.Sort beyond: both must sort.</summary>
public class FeatureSpaceSortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(27)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(400)]
    public void Indices_come_out_ascending_with_their_repeats(int count)
    {
        var random = new Random(count);
        // Few distinct values, so repeats (a name's repeated n-grams) are among them.
        var indices = Enumerable.Range(0, count).Select(_ => random.Next(0, Math.Max(1, count / 3))).ToArray();
        var expected = indices.Order().ToArray();
        FeatureSpace.SortAscending(indices);
        Assert.Equal(expected, indices);
    }

    [Fact]
    public void Descending_input_is_reversed()
    {
        var indices = Enumerable.Range(0, 50).Reverse().ToArray();
        FeatureSpace.SortAscending(indices);
        Assert.Equal(Enumerable.Range(0, 50), indices);
    }
}
