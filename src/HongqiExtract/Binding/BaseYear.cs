using HongqiExtract.Lexicons;
using HongqiExtract.Documents;
using HongqiExtract.Output;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Numbers;
using HongqiExtract.Recognition.Periods;
using HongqiExtract.Structure;

namespace HongqiExtract.Binding;

/// <summary>The comparison base of a value: a period written as one (比2010年, 较“十三五”末), or the year before for a rate.</summary>
internal static class BaseYear
{
    /// <summary>
    /// 比2010年, 较“十三五”末, 比上年, 为2020年的1.35倍, （上年不变价格）: whether a period is a comparison
    /// base or a price basis rather than the value's period.
    /// </summary>
    public static bool IsBase(string text, TextSpan period)
    {
        var cues = CueLexicon<BindingCue>.Shared;
        // 为2020年的1.35倍, 是“十三五”末的8.26倍: the period a multiple is taken of.
        int after = period.End;
        while (after < text.Length && (text[after] is '”' or '"' || cues.Is(BindingCue.PeriodEndMarks, text[after]))) after++;
        if (after < text.Length && text[after] == '的' && IsMultipleAt(text, after + 1)) return true;
        // 从2021年的46503元: the year a change starts from.
        if (after < text.Length && text[after] == '的' && period.Start > 0 && cues.Is(BindingCue.FromMarkers, text[period.Start - 1])) return true;
        // （上年不变价格）: a bracket opening at most two characters before the period, with a qualifying word.
        for (int open = period.Start - 1; open >= 0 && open >= period.Start - 2; open--)
            if (text[open] is '（' or '(' && cues.StartsWithAny(BindingCue.QualifyingParentheticals, text.AsSpan(open + 1)))
                return true;
        int k = period.Start - 1;
        if (k >= 0 && text[k] is '“' or '"') k--;
        return k >= 0 && cues.EndsWithAny(BindingCue.ComparisonMarkers, text.AsSpan(0, k + 1));
    }

    /// <summary>The base year of a bound value, or null.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="q">The value.</param>
    /// <param name="cueText">The text between the name's start and the value.</param>
    /// <param name="kind">The value's kind.</param>
    /// <param name="sentencePeriods">The periods of its sentence.</param>
    /// <param name="periodStart">The first year of the value's period, after defaults.</param>
    public static int? Find(string text, Quantity q, string cueText, IndicatorKind kind, IReadOnlyList<PeriodMention> sentencePeriods, int? periodStart)
    {
        var cues = CueLexicon<BindingCue>.Shared;
        int clauseStart = Clauses.StartBefore(text, 0, q.Span.Start);
        foreach (var p in sentencePeriods)
        {
            if (p.Span.End > q.Span.Start || p.Span.Start < clauseStart || !IsBase(text, p.Span)) continue;
            // 较“十三五”末: the end of a span is the base; 比2010年: the year itself.
            int after = p.Span.End < text.Length && text[p.Span.End] is '”' or '"' ? p.Span.End + 1 : p.Span.End;
            return after < text.Length && cues.Is(BindingCue.PeriodEndMarks, text[after]) ? p.EndYear : p.StartYear;
        }
        if (periodStart is null) return null;
        // A rate of change, a multiple or a move by percentage points compares with the year before unless a base is written.
        if (kind is IndicatorKind.Growth or IndicatorKind.Multiple || (kind == IndicatorKind.Increase && q.Category == UnitCategory.Points)) return periodStart - 1;
        if (cues.Occurs(BindingCue.PreviousYearCues, cueText) || (kind == IndicatorKind.Increase && cues.Occurs(BindingCue.RaiseCues, cueText))) return periodStart - 1;
        return null;
    }

    /// <summary>A number followed by 倍 (1.35倍, 八倍): what 为2020年的… is taken of.</summary>
    private static bool IsMultipleAt(string text, int at)
    {
        int k = at;
        while (k < text.Length && k - at < 12 && (text[k] == '.' || NumeralChars.IsNumeral(text[k]))) k++;
        return k > at && k < text.Length && text[k] == '倍';
    }
}
