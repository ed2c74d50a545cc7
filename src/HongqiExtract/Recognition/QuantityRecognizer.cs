using HongqiExtract.Recognition.Numbers;
using HongqiExtract.Recognition.Units;

namespace HongqiExtract.Recognition;

/// <summary>
/// Finds quantities in text with one pass over its characters: a table lookup per character, and
/// parsing only where a numeral starts. Immutable and thread-safe; allocates only for what it finds.
/// Numbers that are not indicators (years, dates, ordinals, plan names like 十四五, codes like 5G,
/// thresholds inside names like 亿元以上项目) are either skipped or returned with
/// <see cref="Quantity.NotIndicator"/> set.
/// </summary>
public sealed partial class QuantityRecognizer
{
    private const string RangeMarks = "-—–~～至到";
    private const string TimeWords = "年月日号时点分秒季周天届岁代期";

    private readonly UnitLexicon _lexicon = UnitLexicon.Shared;

    /// <summary>The recognizer for indicator extraction: bare numbers with no unit are skipped.</summary>
    public static QuantityRecognizer Default { get; } = new();

    /// <summary>Also report bare numerals (四百五, 1,100.9) with no unit, as a plain number recognizer would.</summary>
    public bool IncludeBareNumbers { get; init; }

    /// <summary>All quantities in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    public IReadOnlyList<Quantity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Quantity>();
        Recognize(text, new TextSpan(0, text.Length), found, null);
        return found;
    }

    /// <summary>Adds the quantities in <paramref name="text"/>[span] to <paramref name="output"/>.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="span">The part to scan (a sentence, usually).</param>
    /// <param name="output">Where quantities go, in text order.</param>
    /// <param name="diagnostics">Where malformed numerals are reported (1百01), or null.</param>
    public void Recognize(string text, TextSpan span, List<Quantity> output, List<string>? diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        int end = Math.Min(span.End, text.Length);
        for (int i = Math.Max(0, span.Start); i < end; i++)
        {
            char c = text[i];
            Quantity? quantity;
            int next;
            if (c == '百' && At(text, i + 1, end, "分之")) (quantity, next) = PercentInWords(text, i, end, span.Start);
            else if (c == '翻') (quantity, next) = Doubling(text, i, end, span.Start);
            else if (NumeralChars.IsNumeral(c) || (c == '数' && i + 1 < end && NumeralChars.Classify(text[i + 1]) == NumeralClass.SmallUnit))
                (quantity, next) = Numeric(text, i, end, span.Start, allowRange: true, diagnostics);
            else continue;

            if (quantity is not null) output.Add(quantity);
            i = Math.Max(i, next - 1);
        }
    }

    private (Quantity? Quantity, int Next) Numeric(string text, int start, int end, int floor, bool allowRange, List<string>? diagnostics)
    {
        bool several = text[start] == '数';
        int numberStart = several ? start + 1 : start;
        int runEnd = ScanRun(text, numberStart, end);
        if (runEnd == numberStart) return (null, start + 1);
        var run = text.AsSpan(numberStart, runEnd - numberStart);

        // A run of digits inside a word of letters is a code: 5G, PM2.5, ICP备12345678号.
        if (numberStart > floor && char.IsAsciiLetter(text[numberStart - 1])) return (null, runEnd);
        if (runEnd < end && char.IsAsciiLetter(text[runEnd])) return (null, runEnd);
        // Plan names: 十三五, 十四五, 十五五 are periods, never quantities.
        if (IsPlanName(run)) return (null, runEnd);

        var (numberEnd, scaleStart, scaleEnd) = SplitScale(text, numberStart, runEnd, end);
        if (numberEnd == numberStart) return (null, runEnd);
        var qualifier = Qualifier.Exact;
        int pos = scaleEnd;

        // 100多亿元, 1500多万千瓦: 多/余 between the number and its scale.
        if (scaleStart == scaleEnd && pos + 1 < end && text[pos] is '多' or '余' && _lexicon.ScaleFactor(text[pos + 1]) != 0)
        {
            qualifier = Qualifier.Over;
            scaleStart = pos + 1;
            scaleEnd = scaleStart;
            while (scaleEnd < end && _lexicon.ScaleFactor(text[scaleEnd]) != 0 && _lexicon.MatchUnit(text.AsSpan(scaleEnd, end - scaleEnd)) is null) scaleEnd++;
            pos = scaleEnd;
        }

        var parse = ParseNumber(text.AsSpan(numberStart, numberEnd - numberStart), out decimal? rangeHigh);
        if (!parse.Success)
        {
            diagnostics?.Add($"{text.Substring(numberStart, numberEnd - numberStart)}: {parse.Diagnostic}");
            return (null, runEnd);
        }
        decimal value = parse.Value;
        decimal? valueHigh = rangeHigh;
        if (parse.IsApproximate) valueHigh = HighOfApproximate(text.AsSpan(numberStart, numberEnd - numberStart));
        if (several) { valueHigh = value * 9; qualifier = Qualifier.About; }

        decimal scale = 1;
        for (int k = scaleStart; k < scaleEnd; k++) scale *= _lexicon.ScaleFactor(text[k]);

        // 7万余人: 余/多 between the scale and the unit.
        if (pos + 1 < end && text[pos] is '余' or '多' && _lexicon.MatchUnit(text.AsSpan(pos + 1, end - pos - 1)) is not null)
        {
            qualifier = Qualifier.Over;
            pos++;
        }

        // Years, dates, durations and times are not quantities here: periods are recognized apart.
        if (pos < end && TimeWords.Contains(text[pos], StringComparison.Ordinal) && scaleStart == scaleEnd) return (null, pos + 1);
        if (pos + 1 < end && text[pos] == '小' && text[pos + 1] == '时') return (null, pos + 2);

        var unit = pos < end ? _lexicon.MatchUnit(text.AsSpan(pos, end - pos)) : null;
        if (unit is { Category: UnitCategory.Tenth } && !IsTenthUsage(text, pos, end, value)) unit = null;
        int unitEnd = pos + (unit?.Unit.Length ?? 0);

        // 6-7%, 3—5个, 6%-7%: a range shares the unit of its upper end.
        if (allowRange && unitEnd < end && RangeMarks.Contains(text[unitEnd], StringComparison.Ordinal))
        {
            int second = unitEnd + 1;
            while (second < end && text[second] is '—' or '-') second++;
            if (second < end && NumeralChars.IsNumeral(text[second]) && !LooksLikePhoneNumber(text, numberStart, second, end))
            {
                var (upper, upperNext) = Numeric(text, second, end, second, allowRange: false, null);
                if (upper is not null && upper.NotIndicator is null && valueHigh is null && upper.Value >= value
                    && ((unit is null && scaleStart == scaleEnd) || (unit is not null && upper.Unit == text.Substring(scaleStart, unitEnd - scaleStart))))
                {
                    int rangeStart = PreQualifierStart(text, numberStart, floor, out var rangeQualifier);
                    var merged = upper with
                    {
                        Span = new TextSpan(numberStart, upper.Span.End),
                        MentionSpan = new TextSpan(rangeStart, upper.MentionSpan.End),
                        Value = value,
                        ValueHigh = upper.Value,
                        NormalizedValue = value * upper.Scale * (upper.Category == UnitCategory.Tenth ? 10 : 1),
                        Qualifier = rangeQualifier ?? upper.Qualifier,
                    };
                    return (merged, upperNext);
                }
            }
        }

        bool hasScale = scaleEnd > scaleStart;
        if (unit is null && !hasScale && !IncludeBareNumbers && !several) return (null, Math.Max(runEnd, pos));

        string unitText = text.Substring(scaleStart, scaleEnd - scaleStart) + (unit?.Unit ?? "");
        string normalizedUnit = unit?.NormalizedUnit ?? (hasScale ? _lexicon.ImpliedUnitAtStart(text.Substring(unitEnd, Math.Min(6, end - unitEnd))) ?? "" : "");
        var category = unit?.Category ?? UnitCategory.None;

        int mentionEnd = unitEnd;
        if (mentionEnd < end && _lexicon.MatchAfter(text.AsSpan(mentionEnd, end - mentionEnd)) is { } after)
        {
            // 多/余 only qualify when something was counted; 以上/左右 always.
            if (!(after.Qualifier == Qualifier.Over && text[mentionEnd] is '多' or '余' && unit is null && !hasScale))
            {
                qualifier = after.Qualifier;
                mentionEnd += after.Length;
            }
        }
        int mentionStart = PreQualifierStart(text, several ? start : numberStart, floor, out var pre);
        if (pre is { } preQualifier && qualifier == Qualifier.Exact) qualifier = preQualifier;

        string? notIndicator = NotIndicatorReason(text, numberStart, unitEnd, mentionEnd, end, floor, unit, hasScale, valueHigh is null ? value : 10, run);
        decimal normalized = value * scale * (category == UnitCategory.Tenth ? 10 : 1);
        var quantity = new Quantity(new TextSpan(several ? start : numberStart, unitEnd), new TextSpan(mentionStart, mentionEnd), value, valueHigh,
            unitText, scale, normalized, normalizedUnit, qualifier, category, notIndicator);
        return (quantity, Math.Max(mentionEnd, runEnd));
    }

    /// <summary>百分之十一点八, 百分之八十五: a percentage in words.</summary>
    private (Quantity? Quantity, int Next) PercentInWords(string text, int start, int end, int floor)
    {
        int numberStart = start + 3;
        int runEnd = ScanRun(text, numberStart, end);
        if (runEnd == numberStart) return (null, numberStart);
        var parse = NumberParser.Parse(text.AsSpan(numberStart, runEnd - numberStart));
        if (!parse.Success) return (null, runEnd);
        var qualifier = Qualifier.Exact;
        int mentionEnd = runEnd;
        if (runEnd < end && _lexicon.MatchAfter(text.AsSpan(runEnd, end - runEnd)) is { } after && text[runEnd] is not ('多' or '余'))
        {
            qualifier = after.Qualifier;
            mentionEnd += after.Length;
        }
        int mentionStart = PreQualifierStart(text, start, floor, out var pre);
        if (pre is { } p && qualifier == Qualifier.Exact) qualifier = p;
        var quantity = new Quantity(new TextSpan(start, runEnd), new TextSpan(mentionStart, mentionEnd), parse.Value, null, "%", 1, parse.Value, "%",
            qualifier, UnitCategory.Percent, null);
        return (quantity, mentionEnd);
    }

    /// <summary>翻一番 = 2, 翻两番 = 4, 翻了一番, 翻番.</summary>
    private static (Quantity? Quantity, int Next) Doubling(string text, int start, int end, int floor)
    {
        _ = floor;
        int pos = start + 1;
        if (pos < end && text[pos] == '了') pos++;
        int times = 1;
        if (pos < end && NumeralChars.Classify(text[pos]) is NumeralClass.ChineseDigit or NumeralClass.Arabic)
        {
            times = NumeralChars.Value(text[pos]);
            pos++;
        }
        if (pos >= end || text[pos] != '番' || times is < 1 or > 10) return (null, start + 1);
        decimal value = (decimal)Math.Pow(2, times);
        var span = new TextSpan(start, pos + 1);
        return (new Quantity(span, span, value, null, "番", 1, value, "x", Qualifier.Exact, UnitCategory.Multiple, null), pos + 1);
    }

    private static bool At(string text, int index, int end, string token) =>
        index + token.Length <= end && string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
