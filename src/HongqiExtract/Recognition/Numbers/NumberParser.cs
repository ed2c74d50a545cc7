namespace HongqiExtract.Recognition.Numbers;

/// <summary>The outcome of parsing a numeral: a value, or a diagnostic saying why there is none.</summary>
/// <param name="Value">The value, when <see cref="Diagnostic"/> is null.</param>
/// <param name="IsApproximate">The numeral held 几 or 多 inside (十几, 二十几万): the value is a lower bound.</param>
/// <param name="Diagnostic">Why the numeral is malformed or out of range; null when it parsed.</param>
internal readonly record struct NumeralParse(decimal Value, bool IsApproximate, string? Diagnostic)
{
    public bool Success => Diagnostic is null;

    /// <summary>Whether the numeral is well formed but its value lies past a decimal's range.</summary>
    public bool OutOfRange { get; init; }

    public static NumeralParse Fail(string why) => new(0, false, why);

    public static NumeralParse TooLarge(string why) => new(0, false, why) { OutOfRange = true };
}

/// <summary>
/// Parses numerals: Arabic (1,100.9), Chinese (十二万三千, 二〇三五, 三点五, 廿一, 肆佰陸拾) and mixed
/// (4.07亿, 5億1萬4千6百, 3万5). Never throws: malformed numerals (1百01) and values past decimal's
/// range give a diagnostic.
/// </summary>
internal static class NumberParser
{
    /// <summary>28 significant digits is what decimal holds; longer digit runs are out of range.</summary>
    private const int MaxDigits = 28;

    /// <summary>Parses a whole numeral (no unit, no qualifier). Spaces between parts are ignored (7万 5千).</summary>
    public static NumeralParse Parse(ReadOnlySpan<char> s)
    {
        s = TrimWhiteSpace(s);
        if (s.IsEmpty) return NumeralParse.Fail("empty numeral");
        bool hasUnit = false, allDigits = true;
        foreach (char c in s)
        {
            var cls = NumeralChars.Classify(c);
            if (cls is NumeralClass.SmallUnit or NumeralClass.BigUnit or NumeralClass.Tens) { hasUnit = true; allDigits = false; }
            else if (cls == NumeralClass.None && c is not ('.' or ',' or '，' or '点' or '點' or ' ' or '几' or '幾' or '多' or '余' or '餘')) return NumeralParse.Fail($"'{c}' is not part of a numeral");
        }
        if (allDigits && s.IndexOfAny("点點几幾") < 0) return ParsePositional(s);
        _ = hasUnit;
        return ParseWithUnits(s);
    }

    /// <summary>A run of digits, Arabic or Chinese, read position by position: 1,100.9 or 二〇三五 or 三点五 (via point).</summary>
    /// <remarks>
    /// The digits go into an integer mantissa and the value is built once, with as many decimal places as
    /// digits after the point (1.50 keeps its zero): what adding each digit as a decimal gave, without a
    /// decimal multiplication per digit. 28 digits fit the 96 bits of a decimal's mantissa.
    /// </remarks>
    private static NumeralParse ParsePositional(ReadOnlySpan<char> s)
    {
        UInt128 mantissa = 0;
        int digits = 0, places = 0;
        bool inFraction = false, sawDigit = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '.' or '点' or '點')
            {
                if (inFraction || !sawDigit) return NumeralParse.Fail("misplaced decimal point");
                inFraction = true;
                continue;
            }
            if (c is ',' or '，')
            {
                // A thousands separator stands before exactly three digits.
                if (inFraction || !sawDigit || !ThreeDigitsFollow(s, i)) return NumeralParse.Fail("misplaced thousands separator");
                continue;
            }
            if (c == ' ') continue;
            var cls = NumeralChars.Classify(c);
            if (cls is not (NumeralClass.Arabic or NumeralClass.ChineseDigit)) return NumeralParse.Fail($"'{c}' in a digit run");
            if (++digits > MaxDigits) return NumeralParse.TooLarge("too many digits: the value is out of range");
            sawDigit = true;
            mantissa = mantissa * 10 + (uint)NumeralChars.Value(c);
            if (inFraction) places++;
        }
        if (!sawDigit) return NumeralParse.Fail("no digits");
        ulong low = (ulong)mantissa;
        var value = new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)(uint)(ulong)(mantissa >> 64), false, (byte)places);
        return new NumeralParse(value, false, null);
    }

    /// <summary>
    /// A numeral with unit characters: 十二万三千, 4.07亿, 九十二万四 (a trailing digit counts in the next
    /// lower place: 一千三 = 1300), 二十几万 (几 is a lower bound).
    /// </summary>
    private static NumeralParse ParseWithUnits(ReadOnlySpan<char> s)
    {
        var state = new UnitParse();
        int i = 0;
        try
        {
            while (i < s.Length)
            {
                char c = s[i];
                if (c == ' ') { i++; continue; }
                var cls = NumeralChars.Classify(c);
                if (cls == NumeralClass.Arabic || (cls == NumeralClass.ChineseDigit && NumeralChars.Value(c) != 0) || c is '几' or '幾')
                {
                    if (DigitRun(s, ref i, ref state) is { } failed) return failed;
                    continue;
                }
                if (c is '点' or '點')
                {
                    // 二十点九: what follows the point is the fraction.
                    var fraction = ParsePositional(string.Concat("0.", s[(i + 1)..].ToString().Replace(" ", "", StringComparison.Ordinal)).AsSpan());
                    if (!fraction.Success || state.HavePending) return NumeralParse.Fail("misplaced decimal point");
                    return new NumeralParse(state.Total + state.Wan + state.Section + fraction.Value, state.Approximate, null);
                }
                if (Marker(c, cls, ref state) is { } bad) return bad;
                i++;
            }
            if (!state.SawAny) return NumeralParse.Fail("no number");
            // 一千三 = 1300, 九十二万四 = 924000: a last single digit counts in the place below the last unit.
            decimal number = state.Number;
            if (state.HavePending && state.LastUnit >= 100 && !state.LastWasZero && !state.Elided && number is > 0 and < 10 && decimal.Truncate(number) == number && IsSingleDigitTail(s))
                number *= state.LastUnit / 10;
            return new NumeralParse(state.Total + state.Wan + state.Section + number, state.Approximate, null);
        }
        catch (OverflowException)
        {
            return NumeralParse.TooLarge("the value is out of range");
        }
    }

    /// <summary>The sums of a numeral with units as it is read: 亿 groups, 万 groups, the current section and a pending number.</summary>
    private struct UnitParse
    {
        public decimal Total, Wan, Section, Number, LastUnit;
        public bool HavePending, Approximate, LastWasZero, SawAny, Elided;
    }

    /// <summary>A run of digits (Arabic, or Chinese with a point: 三点五) is one number; null when it reads, else why not.</summary>
    private static NumeralParse? DigitRun(ReadOnlySpan<char> s, ref int i, ref UnitParse state)
    {
        int start = i;
        while (i < s.Length && (NumeralChars.Classify(s[i]) is NumeralClass.Arabic or NumeralClass.ChineseDigit || s[i] is '.' or ',' or '，' or '点' or '點' or '几' or '幾'))
            i++;
        var run = s[start..i];
        if (run.ContainsAny("几幾"))
        {
            state.Approximate = true;
            if (run.Length != 1) return NumeralParse.Fail("几 inside a digit run");
            state.Number = 0;
        }
        else
        {
            if (state.HavePending) return NumeralParse.Fail("two numbers without a unit between them");
            var parsed = ParsePositional(run);
            if (!parsed.Success) return parsed;
            bool arabicAfterUnit = state.LastUnit != 0 && run.Length > 1 && NumeralChars.Classify(run[0]) == NumeralClass.Arabic;
            // 1百01: after a unit, an Arabic run with a leading zero or not smaller than the unit is malformed, not a guess
            // (3万4000 is fine: 4000 fits below 万).
            if (arabicAfterUnit && !state.LastWasZero && (run[0] == '0' || parsed.Value >= state.LastUnit))
                return NumeralParse.Fail($"malformed numeral: '{run}' cannot follow a unit");
            if (arabicAfterUnit) state.Elided = true;
            state.Number = parsed.Value;
            // 两千三点一 = 2300.1: a single digit with a fraction right after 百/千 counts in the place below too.
            if (state.LastUnit >= 100 && !state.LastWasZero && run.Length > 2 && NumeralChars.Classify(run[0]) == NumeralClass.ChineseDigit && run[1] is '点' or '點')
                state.Number = decimal.Truncate(state.Number) * (state.LastUnit / 10) + (state.Number - decimal.Truncate(state.Number));
        }
        state.HavePending = true;
        state.SawAny = true;
        state.LastWasZero = false;
        return null;
    }

    /// <summary>零, 十, 多/余 and the units 百千万亿; null when it reads, else why not.</summary>
    private static NumeralParse? Marker(char c, NumeralClass cls, ref UnitParse state)
    {
        if (cls == NumeralClass.ChineseDigit) // 零
        {
            state.LastWasZero = true;
            return null;
        }
        if (cls == NumeralClass.Tens)
        {
            state.Section += NumeralChars.Value(c);
            state.SawAny = true;
            state.LastUnit = 10;
            return null;
        }
        if (c is '多' or '余' or '餘')
        {
            state.Approximate = true;
            return null;
        }
        decimal unit = NumeralChars.Value(c);
        decimal pending = state.HavePending ? state.Number : 0;
        bool nothingBefore = !state.HavePending && state.Section == 0 && state.Wan == 0 && state.Total == 0;
        if (cls == NumeralClass.SmallUnit)
        {
            if (!state.HavePending && state.Section != 0 && state.LastUnit <= unit && state.LastUnit != 0) return NumeralParse.Fail($"malformed numeral: '{c}' repeats a unit");
            state.Section += (state.HavePending ? state.Number : 1) * unit;
        }
        else if (unit == 10000)
        {
            if (nothingBefore) return NumeralParse.Fail("a unit with no number");
            state.Wan = (state.Wan + state.Section + pending) * unit;
            state.Section = 0;
        }
        else // 亿
        {
            if (nothingBefore) return NumeralParse.Fail("a unit with no number");
            state.Total = (state.Total + state.Wan + state.Section + pending) * unit;
            state.Wan = 0;
            state.Section = 0;
        }
        state.Number = 0;
        state.HavePending = false;
        state.LastWasZero = false;
        state.LastUnit = unit;
        state.SawAny = true;
        return null;
    }

    /// <summary>
    /// What <c>MemoryExtensions.Trim</c> gives a span of characters, without its Unicode table lookup for
    /// every character past Latin-1: the ideographs a numeral ends in are never white space.
    /// </summary>
    internal static ReadOnlySpan<char> TrimWhiteSpace(ReadOnlySpan<char> s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsWhiteSpace(s[start])) start++;
        while (end > start && IsWhiteSpace(s[end - 1])) end--;
        return s[start..end];
    }

    /// <summary><see cref="char.IsWhiteSpace(char)"/>: Latin-1 by its table, the few white spaces above it by name.</summary>
    internal static bool IsWhiteSpace(char c) =>
        c <= '\u00FF' ? char.IsWhiteSpace(c) : c is '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';

    /// <summary>A thousands separator at <paramref name="comma"/> stands before exactly three digits.</summary>
    public static bool ThreeDigitsFollow(ReadOnlySpan<char> s, int comma) =>
        comma + 3 < s.Length
        && char.IsAsciiDigit(s[comma + 1]) && char.IsAsciiDigit(s[comma + 2]) && char.IsAsciiDigit(s[comma + 3])
        && (comma + 4 == s.Length || !char.IsAsciiDigit(s[comma + 4]));

    private static bool IsSingleDigitTail(ReadOnlySpan<char> s)
    {
        var t = s.ToString().Replace(" ", "", StringComparison.Ordinal);
        return t.Length >= 2 && NumeralChars.Classify(t[^1]) is NumeralClass.ChineseDigit or NumeralClass.Arabic
            && NumeralChars.Classify(t[^2]) is NumeralClass.SmallUnit or NumeralClass.BigUnit;
    }
}
