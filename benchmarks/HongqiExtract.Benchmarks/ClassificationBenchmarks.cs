using BenchmarkDotNet.Attributes;
using HongqiExtract.Classification;
using HongqiExtract.Classification.Learned;
using HongqiExtract.Cli.Training;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace HongqiExtract.Benchmarks;

/// <summary>
/// What the learned models cost: loading each shipped model, classifying every record of the real
/// corpus (the package's own scoring against a Microsoft.ML PredictionEngine over the same features),
/// and extraction over the pre-read corpus with the models against the rules alone.
/// </summary>
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private IndicatorRecord[] _records = [];
    private readonly IndicatorExtractor _rulesOnly = new(new ExtractorOptions(Classifier: NoCategories.Instance, TargetClassifier: RuleTargetClassifier.Instance));
    private readonly IndicatorExtractor _withModels = new();
    private FeatureSpace _space = null!;
    private PredictionEngine<LinearTrainer.Row, Scores> _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _records = Corpus.Documents.SelectMany(d => _rulesOnly.Extract(d).Records).ToArray();
        var fitted = CategoryTraining.Trainer.Fit(CategoryTraining.Load(CategoryTraining.DefaultDataPath), CategoryTraining.Categories);
        _space = fitted.Model.Space;
        var schema = SchemaDefinition.Create(typeof(LinearTrainer.Row));
        schema[nameof(LinearTrainer.Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, _space.Count);
        schema[nameof(LinearTrainer.Row.Label)].ColumnType = new KeyDataViewType(typeof(uint), CategoryTraining.Categories.Length);
        _engine = new MLContext(LinearTrainer.Seed).Model.CreatePredictionEngine<LinearTrainer.Row, Scores>(fitted.Transformer, inputSchemaDefinition: schema);
    }

    [Benchmark(Description = "load the category model: its text")]
    public int LoadCategoryModel() => ShippedModels.Load(ShippedModels.CategoryResource).Space.Count;

    [Benchmark(Description = "load the target model: its text")]
    public int LoadTargetModel() => ShippedModels.Load(ShippedModels.TargetResource).Space.Count;

    [Benchmark(Description = "load the category model: compiled, as the package does")]
    public int LoadCompiledCategoryModel() => ShippedModels.LoadCompiled(ShippedModels.CompiledCategory).Space.Count;

    [Benchmark(Description = "load the target model: compiled, as the package does")]
    public int LoadCompiledTargetModel() => ShippedModels.LoadCompiled(ShippedModels.CompiledTarget).Space.Count;

    [Benchmark(Description = "category of every record: package scoring")]
    public int ClassifyRecords()
    {
        int economy = 0;
        foreach (var record in _records) if (LearnedCategoryClassifier.Instance.Classify(record)!.Category == "economy") economy++;
        return economy;
    }

    [Benchmark(Description = "category of every record: Microsoft.ML PredictionEngine")]
    public float ClassifyRecordsWithPredictionEngine()
    {
        float sum = 0;
        var row = new LinearTrainer.Row();
        foreach (var record in _records)
        {
            row.Features = LinearTrainer.Row.Vector(_space.Vectorize(CategoryFeatures.From(record.Name, record.Text)), _space.Count);
            sum += _engine.Predict(row).Score[0];
        }
        return sum;
    }

    [Benchmark(Baseline = true, Description = "extract the pre-read corpus: rules, no category")]
    public int ExtractRulesOnly() => Corpus.Documents.Sum(d => _rulesOnly.Extract(d).Records.Count);

    [Benchmark(Description = "extract the pre-read corpus: rules + target model + category model")]
    public int ExtractWithModels() => Corpus.Documents.Sum(d => _withModels.Extract(d).Records.Count);

    /// <summary>What the PredictionEngine writes out.</summary>
    public sealed class Scores
    {
        public float[] Score { get; set; } = [];
    }
}
