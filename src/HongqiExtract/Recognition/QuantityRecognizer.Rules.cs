using HongqiExtract.Filtering;
using HongqiExtract.Normalization;
using HongqiExtract.Recognition.Numbers;

namespace HongqiExtract.Recognition;

public sealed partial class QuantityRecognizer
{
    /// <summary>Digits right after 1E, 1e+ or 2.5E-: the exponent of scientific notation.</summary>
    private static bool IsExponent(string text, int numberStart, int floor)
    {
        int at = numberStart - 1;
        if (at > floor && text[at] is '+' or '-') at--;
        return at > floor && text[at] is 'e' or 'E' && char.IsAsciiDigit(text[at - 1]);
    }

    /// <summary>The end of a numeral run: digits, Chinese numerals, and points and separators between digits.</summary>
    private static int ScanRun(string text, int start, int end)
    {
        int j = start;
        while (j < end)
        {
            char c = text[j];
            if (NumeralChars.IsNumeral(c)) { j++; continue; }
            // 7万 5千 4百, 三千 八百: single spaces inside a Chinese numeral.
            if (c == ' ' && j > start && j + 1 < end && NumeralChars.IsNumeral(text[j - 1]) && NumeralChars.IsNumeral(text[j + 1])
                && (NumeralChars.IsChineseNumeral(text[j - 1]) || NumeralChars.IsChineseNumeral(text[j + 1]))) { j++; continue; }
            if (j > start && j + 1 < end && NumeralChars.IsNumeral(text[j + 1]))
            {
                char prev = text[j - 1];
                if (c == '.' && char.IsAsciiDigit(prev) && char.IsAsciiDigit(text[j + 1])) { j++; continue; }
                if (c is '点' or '點' && NumeralChars.IsChineseNumeral(prev) && NumeralChars.Classify(text[j + 1]) == NumeralClass.ChineseDigit) { j++; continue; }
                // 1,100.9 — and ４，５６５ in full-width text, where ， stands between digit groups.
                if (c is ',' or '，' && char.IsAsciiDigit(prev) && NumberParser.ThreeDigitsFollow(text.AsSpan(0, end), j)) { j++; continue; }
            }
            // 十几, 二十几万: 几 after a Chinese numeral is part of it.
            if (c is '几' or '幾' && j > start && NumeralChars.IsChineseNumeral(text[j - 1])) { j++; continue; }
            break;
        }
        return j;
    }

    /// <summary>What can follow a lone numeral and make it a quantity, besides a unit: 多/余, a range, a time word (岁, and 分 of 分之).</summary>
    private const string QuantityFollowers = "多余" + RangeMarks + TimeWords;

    /// <summary>
    /// 进一步, 两岸, 三是: one Chinese numeral character with no unit, 多/余, range mark or time word after
    /// it, and no ratio's name before it (收入比为三 is a value). The full reading would find no quantity
    /// and no malformed numeral in it, and go on right after it. Never with <see cref="IncludeBareNumbers"/>.
    /// </summary>
    private bool IsLoneNumeral(string text, int end, int floor, in NumeralScan scan)
    {
        if (IncludeBareNumbers || scan.RunLength != 1 || scan.Several || !NumeralChars.IsChineseNumeral(text[scan.NumberStart])) return false;
        int after = scan.RunEnd;
        if (after < end && (QuantityFollowers.Contains(text[after], StringComparison.Ordinal) || _lexicon.MatchUnit(text.AsSpan(after, end - after)) is not null)) return false;
        return !NotIndicatorRules.IsNamedRatio(text, scan.NumberStart, floor);
    }

    /// <summary>Whether the numeral at <paramref name="start"/> is one the shortcut passes over (for its tests).</summary>
    internal bool PassesOverLoneNumeral(string text, int start) =>
        StartNumeral(text, start, text.Length, 0, out var scan, out _) && IsLoneNumeral(text, text.Length, 0, scan);

    private static bool IsPlanName(ReadOnlySpan<char> run) =>
        run.Length == 3 && run[0] == '十' && NumeralChars.Classify(run[1]) == NumeralClass.ChineseDigit && run[2] == '五';

    /// <summary>
    /// Splits a numeral run into the number and its trailing scale: 4.07亿 → 4.07 + 亿, 三千万 → 三千 + 万,
    /// 10.36百亿亿 → 10.36 + 百亿亿, 百亿 → 百 + 亿. A unit that starts with a scale character (千瓦) is not scale.
    /// </summary>
    private (int NumberEnd, int ScaleStart, int ScaleEnd) SplitScale(string text, int start, int runEnd, int end)
    {
        // Cut the run where a unit such as 千瓦 or 千米 begins.
        for (int k = start + 1; k < runEnd; k++)
        {
            if (NumeralChars.Classify(text[k]) is NumeralClass.SmallUnit or NumeralClass.BigUnit
                && _lexicon.MatchUnit(text.AsSpan(k, end - k)) is { } unit && unit.Unit.Length > 1)
            {
                runEnd = k;
                break;
            }
        }
        int lastDigit = -1;
        bool arabicOnly = true;
        for (int k = start; k < runEnd; k++)
        {
            var cls = NumeralChars.Classify(text[k]);
            if (cls is NumeralClass.Arabic or NumeralClass.ChineseDigit || text[k] is '几' or '幾') lastDigit = k;
            if (cls is not NumeralClass.Arabic && text[k] is not ('.' or ',')) arabicOnly = arabicOnly && k > lastDigit && lastDigit >= 0 && IsAllScale(text, k, runEnd);
        }
        if (lastDigit < 0)
        {
            // No digit at all: 百亿 → 百 + 亿; 十 alone is ten; 万 or 亿 alone is no number.
            int firstBig = start;
            while (firstBig < runEnd && NumeralChars.Classify(text[firstBig]) != NumeralClass.BigUnit) firstBig++;
            return (firstBig, firstBig, runEnd);
        }
        int suffix = lastDigit + 1;
        if (arabicOnly) return (suffix, suffix, runEnd);
        int scaleStart = runEnd;
        while (scaleStart > suffix && NumeralChars.Classify(text[scaleStart - 1]) == NumeralClass.BigUnit) scaleStart--;
        // 四十五亿四千零四万 is one number: a trailing 万 is no scale when 亿 or 万 stands inside the number.
        for (int k = start; k < scaleStart; k++)
            if (NumeralChars.Classify(text[k]) == NumeralClass.BigUnit) return (runEnd, runEnd, runEnd);
        return (scaleStart, scaleStart, runEnd);
    }

    private bool IsAllScale(string text, int from, int to)
    {
        for (int k = from; k < to; k++) if (_lexicon.ScaleFactor(text[k]) == 0) return false;
        return true;
    }

    /// <summary>Parses the number; 两三 and 七八 (neighbouring digits) are ranges.</summary>
    private static NumeralParse ParseNumber(ReadOnlySpan<char> number, out decimal? rangeHigh)
    {
        rangeHigh = null;
        if (number.Length == 2 && NumeralChars.Classify(number[0]) == NumeralClass.ChineseDigit && NumeralChars.Classify(number[1]) == NumeralClass.ChineseDigit)
        {
            int low = NumeralChars.Value(number[0]), high = NumeralChars.Value(number[1]);
            if (low > 0 && high == low + 1)
            {
                rangeHigh = high;
                return new NumeralParse(low, false, null);
            }
        }
        // 一一, 三五: Chinese digits side by side with no unit are words (唯一一家), not numbers; years are read apart.
        if (number.Length is 2 or 3 && !number.ContainsAny("十百千万亿拾佰仟萬億点點") && NumeralChars.IsChineseNumeral(number[0]) && NumeralChars.IsChineseNumeral(number[^1]))
            return NumeralParse.Fail("Chinese digits without a unit");
        // 二三十, 两三百: neighbouring digits before a unit are a range (20–30, 200–300).
        if (number.Length >= 3 && NumeralChars.Classify(number[0]) == NumeralClass.ChineseDigit && NumeralChars.Classify(number[1]) == NumeralClass.ChineseDigit
            && NumeralChars.Classify(number[2]) == NumeralClass.SmallUnit && NumeralChars.Value(number[1]) == NumeralChars.Value(number[0]) + 1 && NumeralChars.Value(number[0]) > 0)
        {
            var low = NumberParser.Parse(string.Concat(number[..1], number[2..]));
            var high = NumberParser.Parse(number[1..]);
            if (low.Success && high.Success) { rangeHigh = high.Value; return low; }
        }
        return NumberParser.Parse(number);
    }

    /// <summary>十几 → 19, 二十几万 → 29 (scale apart): the upper end of an approximate numeral.</summary>
    private static decimal? HighOfApproximate(ReadOnlySpan<char> number)
    {
        Span<char> high = stackalloc char[number.Length];
        number.CopyTo(high);
        for (int k = 0; k < high.Length; k++) if (high[k] is '几' or '幾') high[k] = '九';
        var parsed = NumberParser.Parse(high);
        return parsed.Success ? parsed.Value : null;
    }

    /// <summary>成 is a tenth only after a small number and before a break: 七成, 占全国9成 — not 完成 or 成为.</summary>
    private static bool IsTenthUsage(string text, int pos, int end, decimal value)
    {
        if (value is < 1 or > 10) return false;
        if (pos + 1 >= end) return true;
        char next = text[pos + 1];
        return !ChineseText.IsIdeograph(next) || "以左多的上".Contains(next, StringComparison.Ordinal);
    }

    private static bool LooksLikePhoneNumber(string text, int first, int second, int end)
    {
        int digits = 0;
        for (int k = second; k < end && char.IsAsciiDigit(text[k]); k++) digits++;
        return digits >= 6 || (text[first] == '0' && char.IsAsciiDigit(text[Math.Min(first + 1, end - 1)]));
    }

    /// <summary>Where the qualifier before the number starts (约, 近, 超过, 突破); the number's start when none.</summary>
    private int PreQualifierStart(string text, int numberStart, int floor, out Qualifier? qualifier)
    {
        qualifier = null;
        if (numberStart <= floor) return numberStart;
        var match = _lexicon.MatchBefore(text.AsSpan(floor, numberStart - floor));
        if (match is null) return numberStart;
        int start = numberStart - match.Value.Length;
        // 最近3年, 接近 is fine, but 附近/最近 are not qualifiers.
        if (text[start] == '近' && start > floor && text[start - 1] is '最' or '附' or '临' or '就') return numberStart;
        qualifier = match.Value.Qualifier == Qualifier.Exact ? null : match.Value.Qualifier;
        return qualifier is null ? numberStart : start;
    }

    /// <summary>上千万, 上万: 上 before a bare unit numeral means "over".</summary>
    private static bool IsShangOver(string text, int numberStart, int floor) =>
        numberStart > floor && text[numberStart - 1] == '上' && NumeralChars.Classify(text[numberStart]) is NumeralClass.SmallUnit or NumeralClass.BigUnit
        && (numberStart - 1 == floor || text[numberStart - 2] is not ('以' or '之' or '向' or '往' or '比'));

    /// <summary>
    /// A time word that is a measure, not a date: an age (提高1岁, 65周岁) or years with a fraction
    /// (受教育年限10.8年: no year is written with a decimal point).
    /// </summary>
    private static bool IsMeasuredTime(string text, int end, in NumeralScan scan)
    {
        char c = text[scan.Pos];
        if (c == '岁' || (c == '周' && scan.Pos + 1 < end && text[scan.Pos + 1] == '岁')) return true;
        return c == '年' && text.AsSpan(scan.NumberStart, scan.RunEnd - scan.NumberStart).IndexOfAny('.', '点') >= 0;
    }
}
