using HongqiExtract.Documents;
using HongqiExtract.Recognition.Numbers;

namespace HongqiExtract.Recognition;

// Numbers written in words with their unit: 百分之十一点八, 三分之一, 千分之二.
public sealed partial class QuantityRecognizer
{
    /// <summary>百分之十一点八, 百分之八十五: a percentage in words.</summary>
    private (Quantity? Quantity, int Next) PercentInWords(string text, int start, int end, int floor)
    {
        int numberStart = start + 3;
        int runEnd = ScanRun(text, numberStart, end);
        if (runEnd == numberStart) return (null, numberStart);
        var parse = NumberParser.Parse(text.AsSpan(numberStart, runEnd - numberStart));
        if (!parse.Success) return (null, runEnd);
        // 百分之八至九, 百分之八到百分之九: a range in words.
        decimal? high = null;
        if (runEnd + 1 < end && text[runEnd] is '至' or '到' or '—' or '-')
        {
            int upperStart = runEnd + 1 + (At(text, runEnd + 1, end, "百分之") ? 3 : 0);
            int upperEnd = ScanRun(text, upperStart, end);
            if (upperEnd > upperStart && NumberParser.Parse(text.AsSpan(upperStart, upperEnd - upperStart)) is { Success: true } upper && upper.Value > parse.Value)
            {
                high = upper.Value;
                runEnd = upperEnd;
            }
        }
        var qualifier = Qualifier.Exact;
        int mentionEnd = runEnd;
        if (runEnd < end && _lexicon.MatchAfter(text.AsSpan(runEnd, end - runEnd)) is { } after && text[runEnd] is not ('多' or '余'))
        {
            qualifier = after.Qualifier;
            mentionEnd += after.Length;
        }
        int mentionStart = PreQualifierStart(text, start, floor, out var pre);
        if (pre is { } p && qualifier == Qualifier.Exact) qualifier = p;
        var quantity = new Quantity(new TextSpan(start, runEnd), new TextSpan(mentionStart, mentionEnd), parse.Value, high, "%", 1, parse.Value, "%",
            qualifier, UnitCategory.Percent, null);
        return (quantity, mentionEnd);
    }

    /// <summary>
    /// 三分之一, 五分之一, 千分之二, 一百分之五: a fraction. 百 → percent, 千 → per mille; any other
    /// denominator gives the fraction as value with unit 分之, normalized to percent (× 100).
    /// </summary>
    private (Quantity? Quantity, int Next) Fraction(string text, int start, int denominatorStart, int denominatorEnd, int end, int floor)
    {
        int numeratorStart = denominatorEnd + 2;
        decimal numeratorSign = 1;
        if (numeratorStart < end && text[numeratorStart] is '负' or '負') { numeratorSign = -1; numeratorStart++; }
        int numeratorEnd = ScanRun(text, numeratorStart, end);
        if (numeratorEnd == numeratorStart) return (null, numeratorStart);
        var denominator = ParseDenominator(text.AsSpan(denominatorStart, denominatorEnd - denominatorStart));
        var numerator = NumberParser.Parse(text.AsSpan(numeratorStart, numeratorEnd - numeratorStart));
        if (!denominator.Success || !numerator.Success || denominator.Value == 0) return (null, numeratorEnd);
        decimal sign = Sign(text, start, floor) * numeratorSign;
        var span = new TextSpan(start, numeratorEnd);
        int mentionStart = PreQualifierStart(text, start, floor, out var pre);
        var qualifier = pre ?? Qualifier.Exact;
        Quantity quantity = denominator.Value switch
        {
            100 => new Quantity(span, new TextSpan(mentionStart, numeratorEnd), sign * numerator.Value, null, "%", 1, sign * numerator.Value, "%", qualifier, UnitCategory.Percent, null),
            1000 => new Quantity(span, new TextSpan(mentionStart, numeratorEnd), sign * numerator.Value, null, "‰", 1, sign * numerator.Value, "‰", qualifier, UnitCategory.Permille, null),
            _ => new Quantity(span, new TextSpan(mentionStart, numeratorEnd), sign * numerator.Value / denominator.Value, null, "分之", 1,
                sign * numerator.Value / denominator.Value * 100, "%", qualifier, UnitCategory.Percent, null),
        };
        return (quantity, numeratorEnd);
    }

    /// <summary>万分之三, 百万分之五: a denominator may be units alone, whose product it is.</summary>
    private static NumeralParse ParseDenominator(ReadOnlySpan<char> written)
    {
        var parsed = NumberParser.Parse(written);
        if (parsed.Success) return parsed;
        decimal product = 1;
        foreach (char c in written)
        {
            if (NumeralChars.Classify(c) is not (NumeralClass.SmallUnit or NumeralClass.BigUnit)) return parsed;
            product *= NumeralChars.Value(c);
        }
        return new NumeralParse(product, false, null);
    }
}
