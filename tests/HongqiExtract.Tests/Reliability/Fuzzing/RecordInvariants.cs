using HongqiExtract.Pipeline;
using HongqiExtract.Recognition.Numbers;

namespace HongqiExtract.Tests.Reliability.Fuzzing;

/// <summary>What must hold for every record of every document, however odd the input.</summary>
internal static class RecordInvariants
{
    public static IEnumerable<string> Violations(ExtractionResult result)
    {
        var document = result.Document;
        var text = document.Text;
        for (int i = 0; i < result.Records.Count; i++)
        {
            var r = result.Records[i];
            if (r.Ordinal != i) yield return $"ordinal {r.Ordinal} at position {i}";
            if (r.Start < 0 || r.End > text.Length || r.End <= r.Start) { yield return $"span [{r.Start}, {r.End}) outside a text of {text.Length}"; continue; }
            var span = text[r.Start..r.End];
            if (!span.AsSpan().ContainsAny(Numerals)) yield return $"span '{span}' holds no numeral";
            // (Record text is taken from the normalized text view, as the span is.)
            if (!r.Text.EndsWith(span, StringComparison.Ordinal)) yield return $"text '{r.Text}' does not end with its span '{span}'";
            if (r.Confidence is < 0 or > 1 || double.IsNaN(r.Confidence)) yield return $"confidence {r.Confidence}";
            if (r.PeriodStart is { } a && (a < 1949 || a > 2100)) yield return $"period start {a}";
            if (r.PeriodEnd is { } b && (b < 1949 || b > 2100)) yield return $"period end {b}";
            if (r.PeriodStart > r.PeriodEnd) yield return $"period {r.PeriodStart}-{r.PeriodEnd}";
            if (!r.Sentence.Contains(document.PlainText[r.Start..r.End], StringComparison.Ordinal) && !r.Sentence.Contains(span, StringComparison.Ordinal))
                yield return "sentence does not hold the span";
        }
    }

    private static readonly System.Buffers.SearchValues<char> Numerals = System.Buffers.SearchValues.Create(
        "0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟貳參陸翻番几数");
}
