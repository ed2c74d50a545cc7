using HongqiExtract.Filtering;
using HongqiExtract.Lexicons;
using HongqiExtract.Documents;
using HongqiExtract.Normalization;
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

    /// <summary>
    /// Whether a lone Chinese numeral that nothing a quantity needs follows (进一步, 两岸, 三是) is passed over
    /// before it is parsed. Off only in the test that holds the shortcut to the full reading.
    /// </summary>
    internal bool SkipsLoneNumerals { get; init; } = true;

    /// <summary>All quantities in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    public IReadOnlyList<Quantity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Quantity>();
        Recognize(text, new TextSpan(0, text.Length), found, null);
        return found;
    }

    /// <summary>The characters a quantity starts at: a numeral, 数 (数十, 数百), 百 (百分之) or 翻 (翻一番).</summary>
    private static readonly CharTable StartChars = NumeralChars.NumeralsAnd("数百翻");

    /// <summary>Adds the quantities in <paramref name="text"/>[span] to <paramref name="output"/>.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="span">The part to scan (a sentence, usually).</param>
    /// <param name="output">Where quantities go, in text order.</param>
    /// <param name="diagnostics">Where malformed numerals are reported (1百01), or null.</param>
    public void Recognize(string text, TextSpan span, List<Quantity> output, List<Diagnostic>? diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        int end = Math.Min(span.End, text.Length);
        for (int i = Math.Max(0, span.Start); i < end; i++)
        {
            // Straight to the next character a quantity can start at: most text holds none.
            int skip = StartChars.IndexIn(text.AsSpan(i, end - i));
            if (skip < 0) break;
            i += skip;
            char c = text[i];
            Quantity? quantity;
            int next;
            bool numeral = NumeralChars.IsNumeral(c) || (c == '数' && i + 1 < end && NumeralChars.Classify(text[i + 1]) == NumeralClass.SmallUnit);
            if (!numeral && c is not ('百' or '翻')) continue;
            try
            {
                if (c == '百' && At(text, i + 1, end, "分之")) (quantity, next) = PercentInWords(text, i, end, span.Start);
                else if (c == '翻') (quantity, next) = Doubling(text, i, end, span.Start);
                else if (numeral) (quantity, next) = Numeric(text, i, end, span.Start, allowRange: true, diagnostics);
                else continue;
            }
            catch (OverflowException)
            {
                // 546028375831261584万亿元, 〇亿亿亿亿: past decimal's range. A diagnostic, never a failed document.
                next = Math.Max(ScanRun(text, i, end), i + 1);
                while (next < end && _lexicon.ScaleFactor(text[next]) != 0) next++;
                diagnostics?.Add(new Diagnostic(DiagnosticCode.ValueOutOfRange, $"{text.Substring(i, next - i)}: the value is out of range", new TextSpan(i, next)));
                quantity = null;
            }

            if (quantity is not null) output.Add(quantity);
            i = Math.Max(i, next - 1);
        }
    }

    /// <summary>Reads the numeral at <paramref name="start"/>: its number, scale, qualifiers, unit and a range it opens.</summary>
    private (Quantity? Quantity, int Next) Numeric(string text, int start, int end, int floor, bool allowRange, List<Diagnostic>? diagnostics)
    {
        if (!StartNumeral(text, start, end, floor, out var scan, out int skipTo)) return (null, skipTo);
        if (SkipsLoneNumerals && IsLoneNumeral(text, end, floor, scan)) return (null, scan.RunEnd);
        if (scan.RunEnd + 2 < end && text[scan.RunEnd] == '分' && text[scan.RunEnd + 1] == '之') return Fraction(text, start, scan.NumberStart, scan.RunEnd, end, floor);
        if (BareScale(text, end, floor, scan) is { } bare) return bare;
        if (!ReadScale(text, end, ref scan)) return (null, scan.RunEnd);
        if (!ReadValue(text, end, floor, ref scan, diagnostics)) return (null, scan.RunEnd);
        // Years, dates, durations and times are not quantities here: periods are recognized apart.
        if (scan.Pos < end && TimeWords.Contains(text[scan.Pos], StringComparison.Ordinal) && !scan.HasScale && !IsMeasuredTime(text, end, scan))
        {
            if (!IncludeBareNumbers) return (null, scan.Pos + 1);
            var time = new TextSpan(scan.NumberStart, scan.Pos);
            return (new Quantity(time, time, scan.Value, scan.ValueHigh, "", 1, scan.Value, "", Qualifier.Exact, UnitCategory.None, "date, time or duration"), scan.Pos + 1);
        }
        if (scan.Pos + 1 < end && text[scan.Pos] == '小' && text[scan.Pos + 1] == '时') return (null, scan.Pos + 2);
        scan.Unit = scan.Pos < end ? _lexicon.MatchUnit(text.AsSpan(scan.Pos, end - scan.Pos)) : null;
        if (scan.Unit is { Category: UnitCategory.Tenth } && !IsTenthUsage(text, scan.Pos, end, scan.Value)) scan.Unit = null;
        scan.UnitEnd = scan.Pos + (scan.Unit?.Unit.Length ?? 0);
        if (allowRange && Range(text, end, floor, scan) is { } range) return range;
        return Finish(text, end, floor, scan);
    }

    /// <summary>
    /// 超万亿元, 突破万亿元大关, 近万人: a scale with no number after a qualifier is one of that scale (value 1,
    /// unit 万亿元); null for anything else, and for a bare scale with no qualifier (万亩良田 names a programme).
    /// </summary>
    private (Quantity? Quantity, int Next)? BareScale(string text, int end, int floor, in NumeralScan scan)
    {
        if (scan.Several) return null;
        var run = text.AsSpan(scan.NumberStart, scan.RunLength);
        decimal scale = 1;
        foreach (char c in run)
        {
            if (NumeralChars.Classify(c) != NumeralClass.BigUnit) return null;
            scale *= _lexicon.ScaleFactor(c);
        }
        int mentionStart = PreQualifierStart(text, scan.NumberStart, floor, out var qualifier);
        int unitStart = scan.NumberStart + scan.RunLength;
        if (qualifier is not { } q || unitStart >= end) return null;
        var unit = _lexicon.MatchUnit(text.AsSpan(unitStart, end - unitStart));
        if (unit is not { Category: UnitCategory.Currency or UnitCategory.Physical or UnitCategory.Count }) return null;
        int unitEnd = unitStart + unit.Unit.Length;
        var span = new TextSpan(scan.NumberStart, unitEnd);
        // The filter still speaks: 超亿元项目 names projects, 超万吨级 rates a berth.
        var shape = new NumberShape(scan.NumberStart, scan.RunLength, unitEnd, unitEnd, end, floor, unit, true, 1, false);
        return (new Quantity(span, new TextSpan(mentionStart, unitEnd), 1, null, run.ToString() + unit.Unit, scale, scale, unit.NormalizedUnit, q, unit.Category,
            NotIndicatorRules.Reason(text, shape)), unitEnd);
    }

    /// <summary>Finds the numeral run; false (and where to go on) for numerals inside words, codes, exponents and plan names.</summary>
    private bool StartNumeral(string text, int start, int end, int floor, out NumeralScan scan, out int skipTo)
    {
        scan = default;
        bool several = text[start] == '数';
        // 四川, 统一, 一带一路: numeral characters inside a word. (统一: the word starts before the numeral.)
        if (NumeralChars.IsChineseNumeral(text[start]))
        {
            int word = _lexicon.NumeralWordAt(text.AsSpan(start, end - start));
            if (word == 0 && start > floor) word = _lexicon.NumeralWordAt(text.AsSpan(start - 1, end - start + 1)) - 1;
            skipTo = start + word;
            if (word > 0) return false;
        }
        int numberStart = several ? start + 1 : start;
        int runEnd = ScanRun(text, numberStart, end);
        skipTo = runEnd == numberStart ? start + 1 : runEnd;
        if (runEnd == numberStart) return false;
        // A run of digits inside a word of letters is a code: 5G, PM2.5 (PM_2.5 where a subscript was), ICP备12345678号.
        if (numberStart > floor && (char.IsAsciiLetter(text[numberStart - 1]) || text[numberStart - 1] == '_')) return false;
        if (runEnd < end && char.IsAsciiLetter(text[runEnd])) return false;
        // 1E+30万亿元: an exponent is no number of its own, and the mantissa before it is a code.
        if (IsExponent(text, numberStart, floor)) return false;
        // Plan names: 十三五, 十四五, 十五五 are periods, never quantities.
        if (IsPlanName(text.AsSpan(numberStart, runEnd - numberStart))) return false;
        scan = new NumeralScan { Start = start, Several = several, NumberStart = numberStart, RunEnd = runEnd, RunLength = runEnd - numberStart, Qualifier = Qualifier.Exact };
        return true;
    }

    /// <summary>Splits the run into number and scale; 100多亿元, 三十万多亿: 多/余 between the number (or its first scale) and its scale.</summary>
    private bool ReadScale(string text, int end, ref NumeralScan scan)
    {
        (scan.NumberEnd, scan.ScaleStart, scan.ScaleEnd) = SplitScale(text, scan.NumberStart, scan.RunEnd, end);
        if (scan.NumberEnd == scan.NumberStart) return false;
        scan.Pos = scan.ScaleEnd;
        scan.ScaleText = text.Substring(scan.ScaleStart, scan.ScaleEnd - scan.ScaleStart);
        int pos = scan.Pos;
        if (pos + 1 < end && text[pos] is '多' or '余' && _lexicon.ScaleFactor(text[pos + 1]) != 0)
        {
            scan.Qualifier = Qualifier.Over;
            int more = pos + 1;
            while (more < end && _lexicon.ScaleFactor(text[more]) != 0 && _lexicon.MatchUnit(text.AsSpan(more, end - more)) is null) more++;
            scan.ScaleText += text.Substring(pos + 1, more - pos - 1);
            if (scan.ScaleStart == scan.ScaleEnd) scan.ScaleStart = pos + 1;
            scan.ScaleEnd = more;
            scan.Pos = more;
        }
        return true;
    }

    /// <summary>Parses the number (a diagnostic when it cannot be), its sign, upper end and scale; 7万余人: 余 before the unit.</summary>
    private bool ReadValue(string text, int end, int floor, ref NumeralScan scan, List<Diagnostic>? diagnostics)
    {
        var parse = ParseNumber(text.AsSpan(scan.NumberStart, scan.NumberEnd - scan.NumberStart), out decimal? rangeHigh);
        // 五十千, 七十百分位: a stray unit character after a whole numeral is not part of it.
        while (!parse.Success && scan.NumberEnd - scan.NumberStart > 1 && NumeralChars.Classify(text[scan.NumberEnd - 1]) is NumeralClass.SmallUnit or NumeralClass.BigUnit
            && scan.ScaleStart == scan.ScaleEnd)
        {
            scan.NumberEnd--;
            scan.ScaleStart = scan.ScaleEnd = scan.Pos = scan.RunEnd = scan.NumberEnd;
            scan.ScaleText = "";
            parse = ParseNumber(text.AsSpan(scan.NumberStart, scan.NumberEnd - scan.NumberStart), out rangeHigh);
        }
        if (!parse.Success)
        {
            var numeral = new TextSpan(scan.NumberStart, scan.NumberEnd);
            diagnostics?.Add(new Diagnostic(parse.OutOfRange ? DiagnosticCode.ValueOutOfRange : DiagnosticCode.MalformedNumeral,
                $"{text.Substring(numeral.Start, numeral.Length)}: {parse.Diagnostic}", numeral));
            return false;
        }
        // Multiplying by one changes no bit of a decimal: only a minus sign is multiplied in.
        decimal sign = Sign(text, scan.NumberStart, floor);
        scan.Value = sign == 1 ? parse.Value : parse.Value * sign;
        scan.ValueHigh = rangeHigh;
        if (parse.IsApproximate) scan.ValueHigh = HighOfApproximate(text.AsSpan(scan.NumberStart, scan.NumberEnd - scan.NumberStart));
        if (scan.Several) { scan.ValueHigh = scan.Value * 9; scan.Qualifier = Qualifier.About; }
        scan.Scale = 1;
        foreach (char k in scan.ScaleText) scan.Scale *= _lexicon.ScaleFactor(k);
        // 150 余项: news copy puts a space between the digits and 余/多 and its unit; it is layout.
        if (scan.Pos + 2 < end && text[scan.Pos] == ' ' && scan.Pos > 0 && char.IsAsciiDigit(text[scan.Pos - 1]) && text[scan.Pos + 1] is '余' or '多'
            && _lexicon.MatchUnit(text.AsSpan(scan.Pos + 2, end - scan.Pos - 2)) is not null)
            scan.Pos++;
        if (scan.Pos + 1 < end && text[scan.Pos] is '余' or '多' && _lexicon.MatchUnit(text.AsSpan(scan.Pos + 1, end - scan.Pos - 1)) is not null)
        {
            scan.Qualifier = Qualifier.Over;
            scan.Pos++;
        }
        return true;
    }

    /// <summary>6-7%, 3—5个, 6%-7%: a range shares the unit of its upper end; null when no range follows.</summary>
    private (Quantity? Quantity, int Next)? Range(string text, int end, int floor, in NumeralScan scan)
    {
        int unitEnd = scan.UnitEnd;
        if (unitEnd >= end || !RangeMarks.Contains(text[unitEnd], StringComparison.Ordinal)) return null;
        int second = unitEnd + 1;
        while (second < end && text[second] is '—' or '-') second++;
        if (second >= end || !NumeralChars.IsNumeral(text[second]) || LooksLikePhoneNumber(text, scan.NumberStart, second, end)) return null;
        var (upper, upperNext) = Numeric(text, second, end, second, allowRange: false, null);
        var unit = scan.Unit;
        bool bareRange = IncludeBareNumbers && unit is null && !scan.HasScale && upper is { NotIndicator: "no unit" };
        if (upper is null || !(upper.NotIndicator is null || bareRange) || scan.ValueHigh is not null || upper.Value < scan.Value
            || !((unit is null && !scan.HasScale) || (unit is not null && upper.Unit == text.Substring(scan.ScaleStart, unitEnd - scan.ScaleStart))))
            return null;
        int rangeStart = PreQualifierStart(text, scan.NumberStart, floor, out var rangeQualifier);
        var merged = upper with
        {
            Span = new TextSpan(scan.NumberStart, upper.Span.End),
            MentionSpan = new TextSpan(rangeStart, upper.MentionSpan.End),
            Value = scan.Value,
            ValueHigh = upper.Value,
            NormalizedValue = scan.Value * upper.Scale * (upper.Category == UnitCategory.Tenth ? 10 : 1),
            Qualifier = rangeQualifier ?? upper.Qualifier,
        };
        return (merged, upperNext);
    }

    /// <summary>The quantity, with the qualifiers around it and the filter's verdict; null for a bare numeral or one inside a word.</summary>
    private (Quantity? Quantity, int Next) Finish(string text, int end, int floor, NumeralScan scan)
    {
        var unit = scan.Unit;
        bool hasScale = scan.HasScale;
        char first = text[scan.NumberStart];
        if (unit is null && !hasScale && !IncludeBareNumbers && !scan.Several && !NotIndicatorRules.IsNamedRatio(text, scan.NumberStart, floor)) return (null, Math.Max(scan.RunEnd, scan.Pos));
        // A lone 一, or a lone financial numeral (陆地, 队伍, 收拾), right before another character of a word is part of that word.
        bool wordFollows = scan.RunEnd < end && ChineseText.IsIdeograph(text[scan.RunEnd]);
        if (unit is null && !hasScale && scan.RunLength == 1 && wordFollows && first == '一') return (null, scan.RunEnd);
        bool wordPrecedes = scan.NumberStart > floor && ChineseText.IsIdeograph(text[scan.NumberStart - 1]);
        if (scan.RunLength == 1 && IsFinancialNumeral(first) && (wordFollows || wordPrecedes) && unit is not { Category: UnitCategory.Currency }) return (null, scan.RunEnd);

        int unitEnd = scan.UnitEnd;
        // 3亿多农村人口: the noun after 多/余 implies the classifier.
        int nounStart = unitEnd < end && text[unitEnd] is '多' or '余' ? unitEnd + 1 : unitEnd;
        string normalizedUnit = unit?.NormalizedUnit ?? (hasScale ? _lexicon.ImpliedUnitAtStart(text.Substring(nounStart, Math.Min(6, end - nounStart))) ?? "" : "");
        var category = unit?.Category ?? UnitCategory.None;
        var qualifier = scan.Qualifier;
        int mentionEnd = unitEnd;
        // 多/余 only qualify when something was counted; 以上/左右 always.
        if (mentionEnd < end && _lexicon.MatchAfter(text.AsSpan(mentionEnd, end - mentionEnd)) is { } after
            && !(after.Qualifier == Qualifier.Over && text[mentionEnd] is '多' or '余' && unit is null && !hasScale))
        {
            qualifier = after.Qualifier;
            mentionEnd += after.Length;
        }
        int mentionStart = PreQualifierStart(text, scan.Several ? scan.Start : scan.NumberStart, floor, out var pre);
        if (pre is null && IsShangOver(text, scan.NumberStart, floor)) { pre = Qualifier.Over; mentionStart = scan.NumberStart - 1; }
        if (pre is { } preQualifier && qualifier == Qualifier.Exact) qualifier = preQualifier;

        var shape = new NumberShape(scan.NumberStart, scan.RunLength, unitEnd, mentionEnd, end, floor, unit, hasScale, scan.ValueHigh is null ? scan.Value : 10, scan.Several);
        decimal normalized = scan.HasScale ? scan.Value * scan.Scale : scan.Value;
        if (category == UnitCategory.Tenth) normalized *= 10;
        var quantity = new Quantity(new TextSpan(scan.Several ? scan.Start : scan.NumberStart, unitEnd), new TextSpan(mentionStart, mentionEnd), scan.Value, scan.ValueHigh,
            scan.ScaleText + (unit?.Unit ?? ""), scan.Scale, normalized, normalizedUnit, qualifier, category, NotIndicatorRules.Reason(text, shape));
        return (quantity, Math.Max(mentionEnd, scan.RunEnd));
    }

    /// <summary>Where the parts of one numeral are, as the scan moves right through it.</summary>
    private struct NumeralScan
    {
        public int Start, NumberStart, RunEnd, RunLength, NumberEnd, ScaleStart, ScaleEnd, Pos, UnitEnd;
        public bool Several;
        public string ScaleText;
        public Qualifier Qualifier;
        public decimal Value, Scale;
        public decimal? ValueHigh;
        public UnitEntry? Unit;

        public readonly bool HasScale => ScaleEnd > ScaleStart;
    }

    /// <summary>−1 after 负 or a minus sign that is not a range dash (2016-2020, 1-9月), else 1.</summary>
    private static decimal Sign(string text, int numberStart, int floor)
    {
        if (numberStart <= floor) return 1;
        char before = text[numberStart - 1];
        if (before is '负' or '負') return -1;
        if (before is '-' or '－' or '−')
        {
            if (numberStart - 1 == floor) return -1; // a dash that opens the text is a sign
            char prior = text[numberStart - 2];
            return char.IsAsciiDigit(prior) || prior is '%' or '％' || NumeralChars.IsNumeral(prior) || char.IsAsciiLetter(prior) ? 1 : -1;
        }
        return 1;
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

    private static bool IsFinancialNumeral(char c) => "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".Contains(c, StringComparison.Ordinal);

    private static bool At(string text, int index, int end, string token) =>
        index + token.Length <= end && string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
