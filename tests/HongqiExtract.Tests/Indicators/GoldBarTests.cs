using HongqiExtract.Evaluation;

namespace HongqiExtract.Tests.Indicators;

public class GoldBarTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() =>
    {
        var gold = GoldLine.LoadFolder(SharedData.Path("gold", "dev"));
        var extractor = new IndicatorExtractor();
        var results = gold.Select(g => g.Doc).Distinct()
            .Select(doc => extractor.Extract(ReportSource.FromFile(SharedData.Passage(doc), doc)))
            .ToList();
        return Evaluator.Evaluate(results, gold);
    });

    [Fact]
    public void Value_and_unit_F1_on_the_dev_gold_is_at_least_0_93()
    {
        var r = Report.Value;
        Assert.True(r.Required > 100, $"only {r.Required} required gold lines were loaded");
        Assert.True(r.F1 >= 0.93, $"F1 {r.F1:0.000} (P {r.Precision:0.000}, R {r.Recall:0.000}); misses: {string.Join(" | ", r.Misses.Select(m => m.What))}; false positives: {string.Join(" | ", r.FalsePositiveList.Select(m => m.What))}");
    }

    [Fact]
    public void Full_record_accuracy_on_the_dev_gold_is_at_least_0_70()
    {
        var r = Report.Value;
        Assert.True(r.FullRecordAccuracy >= 0.70, $"full-record accuracy {r.FullRecordAccuracy:0.000}; {string.Join(" | ", r.FieldErrors)}");
    }

    [Fact]
    public void Evaluator_counts_a_wrong_value_as_a_miss_and_a_false_positive()
    {
        // The evaluator itself must be able to fail: shift every value and the score collapses.
        var gold = GoldLine.LoadFolder(SharedData.Path("gold", "dev"));
        var extractor = new IndicatorExtractor();
        var result = extractor.Extract(ReportSource.FromFile(SharedData.Passage("dev-03-national-2025.txt"), "dev-03-national-2025.txt"));
        var shifted = result with { Records = result.Records.Select(r => r with { NormalizedValue = r.NormalizedValue * 2 + 1 }).ToList() };
        var report = Evaluator.Evaluate([shifted], gold);
        Assert.Equal(0, report.MatchedRequired);
        Assert.Equal(result.Records.Count, report.FalsePositives);
    }
}
