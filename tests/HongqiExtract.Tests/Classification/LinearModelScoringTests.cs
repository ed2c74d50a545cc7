using HongqiExtract.Classification.Learned;
using Xunit;

namespace HongqiExtract.Tests.Classification;

/// <summary>The vectorized scoring of a linear model against the plain loop it replaced, bit for bit.</summary>
public class LinearModelScoringTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(17)]
    [InlineData(21)]
    public void Probabilities_equal_the_scalar_loop_bit_for_bit(int classes)
    {
        var random = new Random(classes);
        const int features = 200;
        int rows = classes == 2 ? 1 : classes;
        var biases = Enumerable.Range(0, rows).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
        var weights = Enumerable.Range(0, features * rows).Select(_ => (float)(random.NextDouble() * 6 - 3)).ToArray();
        var space = new FeatureSpace(Enumerable.Range(0, features).Select(f => $"#f{f:D3}").ToList());
        var model = new LinearModel(space, Enumerable.Range(0, classes).Select(c => $"c{c}").ToList(), biases, weights);
        for (int example = 0; example < 50; example++)
        {
            var indices = Enumerable.Range(0, features).OrderBy(_ => random.Next()).Take(random.Next(1, 40)).ToArray();
            var values = indices.Select(_ => (float)random.NextDouble()).ToArray();
            var vector = SparseVector.FromUnsorted(indices, values);
            var expected = ScalarProbabilities(rows, biases, weights, vector);
            var actual = model.Probabilities(vector);
            Assert.Equal(expected.Length, actual.Length);
            for (int c = 0; c < expected.Length; c++)
                Assert.True(BitConverter.DoubleToInt64Bits(expected[c]) == BitConverter.DoubleToInt64Bits(actual[c]), $"class {c}: {expected[c]:R} against {actual[c]:R}");
        }
    }

    /// <summary>The loop the package scored with before it went eight classes at a time.</summary>
    private static double[] ScalarProbabilities(int rows, float[] biases, float[] weights, SparseVector vector)
    {
        var scores = new double[rows];
        for (int r = 0; r < rows; r++) scores[r] = biases[r];
        for (int k = 0; k < vector.Indices.Length; k++)
        {
            int row = vector.Indices[k] * rows;
            for (int r = 0; r < rows; r++) scores[r] += weights[row + r] * vector.Values[k];
        }
        if (rows == 1)
        {
            double p = 1 / (1 + Math.Exp(-scores[0]));
            return [1 - p, p];
        }
        double max = scores[0], sum = 0;
        for (int r = 1; r < rows; r++) max = Math.Max(max, scores[r]);
        for (int r = 0; r < rows; r++) sum += scores[r] = Math.Exp(scores[r] - max);
        for (int r = 0; r < rows; r++) scores[r] /= sum;
        return scores;
    }
}
