using HongqiExtract.Classification.Learned;
using Xunit;

namespace HongqiExtract.Tests.Classification;

/// <summary>
/// Vectorizing stops at a position once an n-gram is missing, when every n-gram's prefix is in the space
/// (as FeatureSpace.Build makes it). These hold the shortcut to looking every n-gram up.
/// </summary>
public class FeatureSpacePrefixTests
{
    public static TheoryData<string> Models() => new() { "category", "target" };

    private static LinearModel Shipped(string model) => model == "category" ? ShippedModels.Category : ShippedModels.Target;

    [Theory]
    [MemberData(nameof(Models))]
    public void The_shipped_models_use_the_shortcut_and_it_gives_every_vector_looking_all_up_gives(string model)
    {
        var space = Shipped(model).Space;
        Assert.True(space.StopsAtMissingPrefix);
        var full = new FeatureSpace(space.Names, stopAtMissingPrefix: false);
        Assert.False(full.StopsAtMissingPrefix);
        int lines = 0, features = 0;
        foreach (var file in Directory.GetFiles(SharedData.Path("corpus", "passages"), "dev-*"))
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                // The fields the models are trained on: the name (category), the clause and its lead (target).
                var input = new FeatureInput().Text(CategoryFeatures.NameField, line[..Math.Min(12, line.Length)])
                    .Text(TargetFeatures.ClauseField, line).Text(TargetFeatures.LeadField, line[..Math.Min(30, line.Length)]);
                var expected = full.Vectorize(input);
                var actual = space.Vectorize(input);
                Assert.Equal(expected.Indices, actual.Indices);
                Assert.Equal(expected.Values, actual.Values);
                lines++;
                features += actual.Indices.Length;
            }
        Assert.True(lines > 200, $"{lines} lines");
        Assert.True(features > lines * 10, $"{features} features over {lines} lines: the fields are not the model's");
    }

    [Fact]
    public void A_space_with_an_n_gram_whose_prefix_is_missing_looks_every_n_gram_up()
    {
        // 'n:增长' without 'n:增': stopping at the missing 增 would lose 增长.
        var space = new FeatureSpace(["n:长", "n:增长"]);
        Assert.False(space.StopsAtMissingPrefix);
        Assert.Equal(2, space.Vectorize(new FeatureInput().Text('n', "增长")).Indices.Length);
        var closed = new FeatureSpace(["n:增", "n:增长", "n:长"]);
        Assert.True(closed.StopsAtMissingPrefix);
        Assert.Equal(3, closed.Vectorize(new FeatureInput().Text('n', "增长")).Indices.Length);
    }
}
