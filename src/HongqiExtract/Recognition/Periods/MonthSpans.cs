using System.Text.RegularExpressions;
using HongqiExtract.Documents;
using HongqiExtract.Recognition.Numbers;

namespace HongqiExtract.Recognition.Periods;

/// <summary>
/// Sub-year periods as reports write them: quarters (一季度, 第四季度, 前三季度), halves (上半年, 下半年),
/// month ranges (1—11月, 1至11月, 前10个月) and single months (12月, 十二月份). A span followed by 以来 or 开始
/// is a starting point (去年下半年以来), a month followed by 底 or a day (2月底, 3月15日) a point in time:
/// neither is a period a figure covers.
/// </summary>
internal static partial class MonthSpans
{
    private const int Window = 16;
    private static readonly MonthRange WholeYear = new(1, 12);
    private const string Month = "1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十]";

    [GeneratedRegex(@"(?<![0-9一二三四五六七八九十个])(?:"
        + @"第?(?<quarter>[一二三四1-4])季度"
        + @"|前(?<quarters>[一二三两])个?季度"
        + @"|(?<half>[上下])半年"
        + @"|(?<!提)前(?<months>1[01]|[2-9]|十[一]|[两二三四五六七八九十])个月"
        + @"|(?<from>" + Month + @")\s*(?:—{1,2}|–|-|－|~|～|至|到)\s*(?<to>" + Month + @")\s*月(?>份?)"
        + @"|(?<single>" + Month + @")月(?>份?)(?![0-9一二三四五六七八九十日号])"
        + @"|(?<whole>全年)"
        // A point in time is no span the figure covers: 以来, 开始, 以后, 底, 末, 初, 中旬.
        + @")(?!以来|以后|以前|开始|起|前|后|底|末|初|[上中下]旬)")]
    internal static partial Regex Pattern();

    /// <summary>The sub-year spans written in <paramref name="text"/>[span], in text order, with 全年 as the whole year (which ends a sub-year scope).</summary>
    public static List<MonthMention> Find(string text, TextSpan span)
    {
        var found = new List<MonthMention>();
        if (!MaySpan(text.AsSpan(span.Start, span.Length))) return found;
        for (var m = Pattern().Match(text, span.Start, span.Length); m.Success; m = m.NextMatch())
            if (Read(m) is { } months && (months.IsPartOfYear || months == WholeYear)) found.Add(new MonthMention(new TextSpan(m.Index, m.Index + m.Length), months));
        return found;
    }

    /// <summary>The span that starts exactly at <paramref name="index"/>, or null.</summary>
    public static (int Length, MonthRange Months)? At(string text, int index)
    {
        // A window, not the rest of the text: the longest span with what may follow it is well under it.
        int length = Math.Min(Window, text.Length - index);
        if (!MaySpan(text.AsSpan(index, length))) return null;
        var m = Pattern().Match(text, index, length);
        return m.Success && m.Index == index && Read(m) is { IsPartOfYear: true } months ? (m.Length, months) : null;
    }

    /// <summary>
    /// Whether the text holds what every span of <see cref="Pattern"/> holds (月, 季度, 半年 or 全年):
    /// most sentences hold none, while the pattern's first characters (digits, numerals) are everywhere.
    /// </summary>
    internal static bool MaySpan(ReadOnlySpan<char> text) =>
        text.Contains('月') || text.IndexOf("季度") >= 0 || text.IndexOf("半年") >= 0 || text.IndexOf("全年") >= 0;

    private static MonthRange? Read(Match m)
    {
        if (m.Groups["quarter"].Success) { int q = Number(m.Groups["quarter"].Value); return new MonthRange(3 * q - 2, 3 * q); }
        if (m.Groups["quarters"].Success) return new MonthRange(1, 3 * Number(m.Groups["quarters"].Value));
        if (m.Groups["half"].Success) return m.Groups["half"].Value == "上" ? new MonthRange(1, 6) : new MonthRange(7, 12);
        if (m.Groups["months"].Success) return new MonthRange(1, Number(m.Groups["months"].Value));
        if (m.Groups["from"].Success) return new MonthRange(Number(m.Groups["from"].Value), Number(m.Groups["to"].Value));
        if (m.Groups["single"].Success) { int month = Number(m.Groups["single"].Value); return new MonthRange(month, month); }
        if (m.Groups["whole"].Success) return new MonthRange(1, 12);
        return null;
    }

    private static int Number(string s) => s.All(char.IsAsciiDigit) ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : (int)NumberParser.Parse(s).Value;
}

/// <summary>A sub-year period written in text: where, and which months.</summary>
internal readonly record struct MonthMention(TextSpan Span, MonthRange Months);
