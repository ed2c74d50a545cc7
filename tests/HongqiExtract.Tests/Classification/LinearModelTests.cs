using HongqiExtract.Classification.Learned;
using HongqiExtract.Cli.Training;
using Microsoft.ML;
using Microsoft.ML.Data;
using Xunit;

namespace HongqiExtract.Tests.Classification;

/// <summary>The package's own scoring of a trained model against Microsoft.ML's, the model file's round trip and training's determinism.</summary>
public class LinearModelTests
{
    private static List<LabelledExample> Names(int count) => CategoryTraining.Load(CategoryTraining.DefaultDataPath).Take(count).ToList();

    [Fact]
    public void Multiclass_probabilities_match_MicrosoftML_scores()
    {
        var examples = Names(600);
        var fitted = CategoryTraining.Trainer.Fit(examples, CategoryTraining.Categories);
        var scores = fitted.Transformer.Transform(fitted.Data).GetColumn<float[]>("Score").ToList();
        Assert.Equal(examples.Count, scores.Count);
        for (int i = 0; i < examples.Count; i++)
        {
            var ours = fitted.Model.Probabilities(examples[i].Input);
            for (int c = 0; c < ours.Length; c++) Assert.InRange(ours[c] - scores[i][c], -1e-5, 1e-5);
        }
    }

    [Fact]
    public void Two_class_probability_matches_MicrosoftML_calibrated_probability()
    {
        // Two classes from the names: economy or not; the logistic model's Platt calibration is folded into the weights.
        var examples = Names(800).Select(e => e with { Label = e.Label == "economy" ? "yes" : "no" }).ToList();
        var fitted = new LinearTrainer(2, 0.02f, 0.1f).Fit(examples, ["no", "yes"]);
        var probabilities = fitted.Transformer.Transform(fitted.Data).GetColumn<float>("Probability").ToList();
        Assert.Contains(probabilities, p => p > 0.5);
        for (int i = 0; i < examples.Count; i++) Assert.InRange(fitted.Model.Probabilities(examples[i].Input)[1] - probabilities[i], -1e-5, 1e-5);
    }

    [Fact]
    public void Model_learns_its_training_names()
    {
        var examples = Names(600);
        var model = CategoryTraining.Train(examples);
        double accuracy = examples.Count(e => model.Predict(e.Input).Class == e.Label) / (double)examples.Count;
        Assert.True(accuracy > 0.8, $"training accuracy {accuracy:F3}");
    }

    [Fact]
    public void Written_model_reads_back_to_the_same_text_and_predictions()
    {
        var examples = Names(400);
        var model = CategoryTraining.Train(examples);
        var text = Write(model);
        var read = LinearModel.Read(new StringReader(text));
        Assert.Equal(text, Write(read));
        foreach (var example in examples) Assert.Equal(model.Probabilities(example.Input), read.Probabilities(example.Input));
    }

    [Fact]
    public void Training_twice_on_the_same_sample_gives_the_same_model_and_metrics()
    {
        var examples = Names(500);
        Assert.Equal(Write(CategoryTraining.Train(examples)), Write(CategoryTraining.Train(examples)));
        var first = CategoryTraining.CrossValidate(examples);
        var second = CategoryTraining.CrossValidate(examples);
        Assert.Equal(first.Accuracy, second.Accuracy);
        Assert.Equal(first.MacroF1, second.MacroF1);
        Assert.InRange(first.Accuracy, 0.3, 1.0);
    }

    [Fact]
    public void A_model_file_that_is_not_one_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => LinearModel.Read(new StringReader("not a model\n")));
        Assert.Throws<InvalidDataException>(() => LinearModel.Read(new StringReader("hongqi-linear-model 1\nclasses\ta\tb\nbiases\t0\nx\t1\t2\n")));
    }

    [Fact]
    public void Features_of_one_field_have_unit_length_repeats_count_and_unknown_ngrams_are_ignored()
    {
        var space = FeatureSpace.Build([new FeatureInput().Text('n', "增长增长")], minExamples: 1);
        // ^增长增长$: 增, 长 and 增长 twice, the other nine n-grams once: squared length 3·4 + 9 = 21.
        var repeated = space.Vectorize(new FeatureInput().Text('n', "增长增长"));
        int bigram = space.Names.ToList().IndexOf("n:增长");
        Assert.Equal(2 / Math.Sqrt(21), repeated.Values[Array.IndexOf(repeated.Indices, bigram)], 5);
        Assert.InRange(repeated.Values.Sum(v => (double)v * v), 0.999, 1.001);
        var other = space.Vectorize(new FeatureInput().Text('n', "增速"));
        Assert.True(other.Indices.Length < space.Count);
        Assert.InRange(other.Values.Sum(v => (double)v * v), 0.999, 1.001);
    }

    [Fact]
    public void A_model_whose_parts_do_not_fit_is_refused_as_bad_data()
    {
        Assert.Throws<InvalidDataException>(() => LinearModel.Read(new StringReader("hongqi-linear-model 1\nclasses\ta\nbiases\t0\n")));
        Assert.Throws<InvalidDataException>(() => LinearModel.Read(new StringReader("hongqi-linear-model 1\nclasses\ta\tb\nbiases\t0\nn:x\t1\nn:x\t2\n")));
    }

    private static string Write(LinearModel model)
    {
        var writer = new StringWriter();
        model.Write(writer);
        return writer.ToString();
    }
}
