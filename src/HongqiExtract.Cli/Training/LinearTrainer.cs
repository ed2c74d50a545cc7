using HongqiExtract.Classification.Learned;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace HongqiExtract.Cli.Training;

/// <summary>
/// Trains a <see cref="LinearModel"/> with Microsoft.ML: L-BFGS maximum entropy for many classes,
/// L-BFGS logistic regression for two, on one thread with a fixed seed, so the same examples give
/// the same weights. The features are the library's own (<see cref="FeatureSpace"/>), so what is
/// trained is exactly what the package computes when it predicts.
/// </summary>
internal sealed class LinearTrainer(int minExamplesPerFeature, float l1, float l2)
{
    public const int Seed = 20261201;

    public LinearModel Train(IReadOnlyList<LabelledExample> examples, IReadOnlyList<string> classes) => Fit(examples, classes).Model;

    /// <summary>The model, with Microsoft.ML's own transformer and the training rows (to check that the two predict alike).</summary>
    public FittedModel Fit(IReadOnlyList<LabelledExample> examples, IReadOnlyList<string> classes)
    {
        var space = FeatureSpace.Build(examples.Select(e => e.Input), minExamplesPerFeature);
        var ml = new MLContext(Seed);
        var data = ToDataView(ml, space, examples, classes);
        return classes.Count == 2 ? TrainBinary(ml, data, space, classes) : TrainMulticlass(ml, data, space, classes);
    }

    /// <summary>The examples as Microsoft.ML rows: a sparse vector over the space and the class's index (two classes: a boolean, true for the second).</summary>
    public static IDataView ToDataView(MLContext ml, FeatureSpace space, IReadOnlyList<LabelledExample> examples, IReadOnlyList<string> classes)
    {
        var vectors = examples.Select(e => (Vector: Row.Vector(space.Vectorize(e.Input), space.Count), Label: IndexOf(classes, e.Label))).ToList();
        if (classes.Count == 2)
        {
            var binary = SchemaDefinition.Create(typeof(BinaryRow));
            binary[nameof(BinaryRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, space.Count);
            return ml.Data.LoadFromEnumerable(vectors.Select(v => new BinaryRow { Features = v.Vector, Label = v.Label == 1 }), binary);
        }
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, space.Count);
        schema[nameof(Row.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes.Count);
        return ml.Data.LoadFromEnumerable(vectors.Select(v => new Row { Features = v.Vector, Label = v.Label }), schema);
    }

    private FittedModel TrainMulticlass(MLContext ml, IDataView data, FeatureSpace space, IReadOnlyList<string> classes)
    {
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L1Regularization = l1, L2Regularization = l2, NumberOfThreads = 1, LabelColumnName = nameof(Row.Label), FeatureColumnName = nameof(Row.Features),
        });
        var transformer = trainer.Fit(data);
        var model = transformer.Model;
        VBuffer<float>[] rows = [];
        model.GetWeights(ref rows, out int classCount);
        var weights = new float[space.Count * classCount];
        for (int c = 0; c < classCount; c++)
        {
            var dense = rows[c].DenseValues().ToArray();
            for (int f = 0; f < space.Count; f++) weights[f * classCount + c] = dense[f];
        }
        return new FittedModel(new LinearModel(space, classes, [.. model.GetBiases()], weights), transformer, data);
    }

    private FittedModel TrainBinary(MLContext ml, IDataView data, FeatureSpace space, IReadOnlyList<string> classes)
    {
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = l1, L2Regularization = l2, NumberOfThreads = 1, LabelColumnName = nameof(BinaryRow.Label), FeatureColumnName = nameof(Row.Features),
        });
        var transformer = trainer.Fit(data);
        var calibrated = transformer.Model;
        var linear = calibrated.SubModel;
        // Platt: p = 1 / (1 + exp(slope·score + offset)); folded into the weights, p = σ(w·x + b).
        double slope = calibrated.Calibrator.Slope, offset = calibrated.Calibrator.Offset;
        var weights = linear.Weights.Select(w => (float)(-slope * w)).ToArray();
        return new FittedModel(new LinearModel(space, classes, [(float)(-(slope * linear.Bias) - offset)], weights), transformer, data);
    }

    private static uint IndexOf(IReadOnlyList<string> classes, string label)
    {
        for (int i = 0; i < classes.Count; i++) if (classes[i] == label) return (uint)i;
        throw new InvalidDataException($"label '{label}' is not one of {string.Join(", ", classes)}");
    }

    /// <summary>A trained model as the package reads it and as Microsoft.ML scores it.</summary>
    public sealed record FittedModel(LinearModel Model, ITransformer Transformer, IDataView Data);

    /// <summary>A Microsoft.ML row. The key label is the class's index from 0: LoadFromEnumerable stores it as key value index + 1.</summary>
    public sealed class Row
    {
        public VBuffer<float> Features { get; set; }

        public uint Label { get; set; }

        public static VBuffer<float> Vector(SparseVector vector, int length) => new(length, vector.Indices.Length, vector.Values, vector.Indices);
    }

    /// <summary>A Microsoft.ML row of a two-class problem: true for the second class.</summary>
    public sealed class BinaryRow
    {
        public VBuffer<float> Features { get; set; }

        public bool Label { get; set; }
    }
}
