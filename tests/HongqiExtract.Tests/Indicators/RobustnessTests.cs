using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
namespace HongqiExtract.Tests.Indicators;

public class RobustnessTests
{
    /// <summary>Property: documents stitched from random pieces of real reports and noise never crash the extractor, and every record points into its sentence.</summary>
    [Fact]
    public void Random_documents_from_report_fragments_never_throw_and_spans_stay_valid()
    {
        var source = File.ReadAllText(SharedData.Real("gov-report-2026-zhejiang-province.txt")) + File.ReadAllText(SharedData.Real("gov-report-1995-national-state-council-gbk2utf8.txt"));
        const string noise = "0123456789.,%％，。；：、“”（）()—-~至到约近超余多以上左右万亿元家个人次第年月日百分之翻番倍成\n\r\t ";
        var random = new Random(20261130);
        var extractor = new IndicatorExtractor();
        for (int n = 0; n < 150; n++)
        {
            var builder = new System.Text.StringBuilder();
            int pieces = random.Next(1, 12);
            for (int p = 0; p < pieces; p++)
            {
                if (random.Next(3) == 0)
                    for (int k = random.Next(1, 40); k > 0; k--) builder.Append(noise[random.Next(noise.Length)]);
                else
                {
                    int start = random.Next(source.Length - 200);
                    builder.Append(source, start, random.Next(1, 200));
                }
            }
            var text = builder.ToString();
            if (text.Trim().Length == 0) continue;
            ExtractionResult result;
            try { result = extractor.Extract(ReportSource.FromString(text, $"random-{n}.txt")); }
            catch (ReportReadException e) when (e.Reason.Contains("no text", StringComparison.Ordinal))
            {
                // Only punctuation and blanks: a clear error naming the input is the expected outcome.
                Assert.Equal($"random-{n}.txt", e.Input);
                continue;
            }
            foreach (var r in result.Records)
            {
                Assert.InRange(r.Start, 0, result.Document.Text.Length);
                Assert.InRange(r.End, r.Start + 1, result.Document.Text.Length);
                Assert.Contains(result.Document.Text[r.Start..r.End], r.Sentence, StringComparison.Ordinal);
                Assert.Equal(r.NormalizedValue >= 0, r.Value >= 0);
            }
        }
    }
}
