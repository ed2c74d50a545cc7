using HongqiExtract.Indicators;

namespace HongqiExtract;

public sealed partial class IndicatorExtractor
{
    private static int LastHardDelimiter(string text, int floor, int before)
    {
        int depth = 0;
        for (int k = before - 1; k >= floor; k--)
        {
            char c = text[k];
            if (c is '”' or '）' or ')' or '》') depth++;
            else if (c is '“' or '（' or '(' or '《') { if (depth > 0) depth--; }
            else if (depth == 0 && HardDelimiters.Contains(c, StringComparison.Ordinal) && !(c == ',' && k > floor && char.IsAsciiDigit(text[k - 1]) && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1])))
                return k + 1;
        }
        return floor;
    }

    private static int NextBoundary(string text, int from, int limit)
    {
        int k = from;
        while (k < limit && k < text.Length && !HardDelimiters.Contains(text[k], StringComparison.Ordinal) && text[k] != '、') k++;
        return k;
    }

    /// <summary>A paragraph that opens with 主要预期目标 or 今后五年 sets targets for all of it.</summary>
    private bool ParagraphIsTarget(ReportDocument document, int paragraphIndex)
    {
        var span = document.Paragraphs[paragraphIndex].Span;
        // The opening clause: up to the first colon or full stop (…主要预期目标是：), at most 80 characters.
        var head = document.Text.AsSpan(span.Start, Math.Min(span.Length, 80));
        int stop = head.IndexOfAny('：', '。');
        var opening = stop >= 0 ? head[..(stop + 1)] : head[..Math.Min(head.Length, 24)];
        return _cues.FindIn("paragraph-target", opening) is not null || _cues.StartsWithAny("paragraph-target-start", opening);
    }

    private bool SectionIsTarget(string heading) =>
        !heading.Contains("回顾", StringComparison.Ordinal) && !heading.Contains("成就", StringComparison.Ordinal)
        && _cues["target-section"].Any(w => heading.Contains(w, StringComparison.Ordinal));

    private bool SentenceIsTarget(string text, int sentenceStart, int quantityStart)
    {
        var prefix = text.AsSpan(sentenceStart, quantityStart - sentenceStart);
        foreach (var cue in _cues["target"])
        {
            if (cue.Length == 1) continue;
            if (prefix.Contains(cue, StringComparison.Ordinal)) return true;
        }
        // 将 (will) — but not 将近 (nearly) or 将其; 拟 (plans to) — but not 模拟 or 草拟.
        for (int k = prefix.IndexOf('将'); k >= 0 && k < prefix.Length; k = NextIndex(prefix, '将', k + 1))
            // 将2.8万亿元资金直达基层: 将 before a number takes it as its object (把), it does not look ahead.
            if (k + 1 < prefix.Length && prefix[k + 1] is not ('近' or '其') && !Recognition.Numbers.NumeralChars.IsNumeral(prefix[k + 1])) return true;
        for (int k = prefix.IndexOf('拟'); k >= 0 && k < prefix.Length; k = NextIndex(prefix, '拟', k + 1))
            if (k == 0 || prefix[k - 1] is not ('模' or '草' or '虚')) return true;
        return false;
    }

    private bool NotTarget(string text, int sentenceStart, int quantityStart)
    {
        var prefix = text.AsSpan(sentenceStart, quantityStart - sentenceStart);
        foreach (var cue in _cues["not-target"])
            if (prefix.Contains(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    private static int NextIndex(ReadOnlySpan<char> span, char c, int from)
    {
        if (from >= span.Length) return -1;
        int k = span[from..].IndexOf(c);
        return k < 0 ? -1 : from + k;
    }

    private static int? BaseYear(string text, Quantity q, string cueText, IndicatorKind kind, List<PeriodMention> sentencePeriods, int? periodStart)
    {
        int clauseStart = LastHardDelimiter(text, 0, q.Span.Start);
        foreach (var p in sentencePeriods)
        {
            if (p.Span.End > q.Span.Start || p.Span.Start < clauseStart || !PeriodContext.IsBase(text, p.Span)) continue;
            // 较“十三五”末: the end of a span is the base; 比2010年: the year itself.
            int after = p.Span.End < text.Length && text[p.Span.End] is '”' or '"' ? p.Span.End + 1 : p.Span.End;
            return after < text.Length && text[after] is '末' or '底' ? p.EndYear : p.StartYear;
        }
        bool previousYear = cueText.Contains("上年", StringComparison.Ordinal) || cueText.Contains("同比", StringComparison.Ordinal) || cueText.Contains("去年", StringComparison.Ordinal);
        if (periodStart is null) return null;
        // A rate of change, a multiple or a move by percentage points compares with the year before unless a base is written.
        if (kind is IndicatorKind.Growth or IndicatorKind.Multiple || (kind == IndicatorKind.Increase && q.Category == UnitCategory.Points)) return periodStart - 1;
        if (previousYear || (kind == IndicatorKind.Increase && (cueText.Contains("提升", StringComparison.Ordinal) || cueText.Contains("提高", StringComparison.Ordinal)))) return periodStart - 1;
        return null;
    }

    private static double Confidence(string? name, Quantity q, PeriodMention? period)
    {
        double c = 0.5;
        if (name is not null) c += 0.25;
        if (q.Category != UnitCategory.None) c += 0.15;
        if (period is not null) c += 0.1;
        return Math.Round(c, 2);
    }
}
