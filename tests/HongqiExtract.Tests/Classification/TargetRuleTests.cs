using HongqiExtract.Classification;
using HongqiExtract.Documents;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using Xunit;

namespace HongqiExtract.Tests.Classification;

/// <summary>The target rules on one-line work reports under a target heading and without one.</summary>
public class TargetRuleTests
{
    private static readonly IndicatorExtractor Rules = new(new ExtractorOptions(Classifier: new NoCategory(), TargetClassifier: RuleTargetClassifier.Instance));

    private static IReadOnlyList<IndicatorRecord> Extract(string sentence) =>
        Rules.Extract(new DocumentBuilder("rule.txt") { ReportYear = 2023, Kind = DocumentKind.WorkReport }.AddParagraph(sentence).Build()).Records;

    [Theory]
    [InlineData("将制造业企业研发费用加计扣除比例提高到100%。", false)]
    [InlineData("将增值税税率从17%降至13%。", false)]
    [InlineData("将2.8万亿元资金直达市县基层。", false)]
    [InlineData("今年将继续实施城市更新行动，常住人口城镇化率提高到67%。", true)]
    [InlineData("将加快建设现代化产业体系，研发经费投入增长7%以上。", true)]
    public void Jiang_looks_ahead_unless_it_takes_an_object_in_its_clause(string sentence, bool isTarget)
    {
        var record = Extract(sentence)[^1];
        Assert.Equal(isTarget, record.IsTarget);
    }

    private sealed class NoCategory : IIndicatorClassifier
    {
        public CategoryPrediction? Classify(IndicatorRecord record) => null;
    }
}
