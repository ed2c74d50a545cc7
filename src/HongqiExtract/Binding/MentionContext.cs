using HongqiExtract.Lexicons;
using HongqiExtract.Documents;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Periods;
using HongqiExtract.Structure;

namespace HongqiExtract.Binding;

/// <summary>
/// Everything binding reads about one value: its document and sentence, the values around it, and
/// the stretch of text its name is read from (<c>Segment</c>: after the previous value or the clause
/// start, up to the value or its from-value) and the cue text (<c>CueText</c>: from there to the value
/// itself). An immutable value; one per mention.
/// </summary>
internal readonly record struct MentionContext(
    ReportDocument Document,
    int SentenceIndex,
    IReadOnlyList<Quantity> Quantities,
    int Index,
    Quantity? From,
    int ClauseStart,
    int SegmentStart,
    bool AfterEnumerationJoiner,
    IReadOnlyList<PeriodMention> SentencePeriods,
    string Segment,
    string CueText)
{
    /// <summary>The document's text.</summary>
    public string Text => Document.Text;

    /// <summary>The sentence holding the value.</summary>
    public Sentence Sentence => Document.Sentences[SentenceIndex];

    /// <summary>The value being bound.</summary>
    public Quantity Quantity => Quantities[Index];

    /// <summary>Finds the segment of the value at <paramref name="index"/>, given where the previous value ended.</summary>
    public static MentionContext Create(ReportDocument document, int sentenceIndex, IReadOnlyList<Quantity> quantities, int index,
        Quantity? from, int previousEnd, IReadOnlyList<PeriodMention> sentencePeriods, IReadOnlyList<MonthMention> sentenceMonths)
    {
        string text = document.Text;
        var sentence = document.Sentences[sentenceIndex];
        var q = quantities[index];
        int nameEnd = from?.MentionSpan.Start ?? q.MentionSpan.Start;
        int clauseStart = Clauses.StartBefore(text, sentence.Span.Start, nameEnd);
        int segmentStart = Math.Min(Math.Max(clauseStart, previousEnd), nameEnd);
        // 跃上1.4万亿斤新台阶、亩产提升…: words glued to the previous value up to 、 belong to it.
        if (previousEnd > clauseStart && segmentStart == previousEnd && !CueLexicon<BindingCue>.Shared.Occurs(BindingCue.Respectively, text.AsSpan(segmentStart, nameEnd - segmentStart)))
        {
            int pause = text.AsSpan(segmentStart, nameEnd - segmentStart).IndexOf('、');
            if (pause > 0) segmentStart += pause;
        }
        while (segmentStart < nameEnd && text[segmentStart] is '、' or ' ' or '，' or ',') segmentStart++;
        // A period opening the name's text (2024年国内生产总值, 较“十三五”末的…) is not part of the name.
        foreach (var mention in sentencePeriods)
            if (mention.Span.Start >= segmentStart && mention.Span.Start - segmentStart <= 2 && mention.Span.End <= nameEnd)
                segmentStart = SkipClosingMarks(text, mention.Span.End, nameEnd);
        // …and nor are the months after it (2025年1—11月规模以上工业增加值, 由前三季度下降…).
        foreach (var months in sentenceMonths)
            if (months.Span.Start >= segmentStart && months.Span.Start - segmentStart <= 2 && months.Span.End <= nameEnd)
                segmentStart = SkipClosingMarks(text, months.Span.End, nameEnd);
        bool afterJoiner = index > 0 && previousEnd < nameEnd && MentionPairing.JoinsEnumeration(text.AsSpan(previousEnd, nameEnd - previousEnd));
        // The segment (up to the value or its from-value) and the cue text (text[SegmentStart..the value]) are cut once: every resolver reads them.
        return new MentionContext(document, sentenceIndex, quantities, index, from, clauseStart, segmentStart, afterJoiner, sentencePeriods,
            text[segmentStart..nameEnd], text[segmentStart..q.MentionSpan.Start]);
    }

    /// <summary>Past a period mention's closing quote and 末/底/的 (“十三五”末的).</summary>
    private static int SkipClosingMarks(string text, int at, int limit)
    {
        var cues = CueLexicon<BindingCue>.Shared;
        while (at < limit)
        {
            if (text[at] is '”' or '"' or '，' or ',' or '、' || cues.Is(BindingCue.PeriodClosers, text[at])) at++;
            else if (cues.PrefixLength(BindingCue.PeriodSuffixes, text.AsSpan(at, limit - at)) is var suffix and > 0) at += suffix;
            else break;
        }
        return at;
    }
}
