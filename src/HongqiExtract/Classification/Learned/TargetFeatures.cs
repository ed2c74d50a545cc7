using HongqiExtract.Documents;
using HongqiExtract.Structure;

namespace HongqiExtract.Classification.Learned;

/// <summary>
/// What the target model reads of a value, all of it from the text around the value and none from
/// the headings (the model decides where the document's structure says nothing): the clause that
/// holds the value, the sentence before that clause, the document's kind and where a period
/// written in the paragraph stands against the report year. The model serves values the rules have
/// nothing on, which have no written period (the flag is "none" there); it is trained on every value
/// of the full reports, so its text weights are learnt where headings and periods gave the labels.
/// </summary>
internal static class TargetFeatures
{
    public const char ClauseField = 'c';
    public const char LeadField = 'p';

    /// <summary>How much of the sentence before the clause is read (力争…, 预期目标是…).</summary>
    private const int LeadLength = 24;

    public static FeatureInput From(TargetEvidence evidence)
    {
        var text = evidence.Document.Text;
        var sentence = evidence.Sentence.Span;
        var value = evidence.Quantity.Span;
        int clauseStart = Clauses.StartBefore(text, sentence.Start, value.Start);
        int clauseEnd = Math.Max(value.End, Clauses.EndAfter(text, value.End, sentence.End));
        int leadStart = Math.Max(sentence.Start, clauseStart - LeadLength);
        return new FeatureInput()
            .Text(ClauseField, text.AsSpan(clauseStart, clauseEnd - clauseStart))
            .Text(LeadField, text.AsSpan(leadStart, clauseStart - leadStart))
            .Flag("kind=" + evidence.Document.Metadata.Kind.Code())
            .Flag("period=" + PeriodPlace(evidence));
    }

    /// <summary>Where a period written in the value's own paragraph stands; one from a heading is structure, which the model must not lean on.</summary>
    private static string PeriodPlace(TargetEvidence evidence)
    {
        var paragraph = evidence.Paragraph.Span;
        if (evidence.Period is not { } period || period.Span.Start < paragraph.Start || period.Span.End > paragraph.End) return "none";
        if (evidence.ReportYear is not { } year) return period.IsFuture ? "future" : "unknown";
        if (period.EndYear < year) return "past";
        return period.StartYear > year || period.IsFuture ? "future" : "current";
    }
}
