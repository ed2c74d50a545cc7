using HongqiExtract.Documents;
using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using HongqiExtract.Recognition.Numbers;

namespace HongqiExtract.Recognition.Periods;

/// <summary>
/// Finds years, year ranges, plan periods (十四五) and relative periods (去年, 今后五年) and resolves
/// them against the report's year. Run on the sentences that hold quantities and on headings only.
/// </summary>
public static partial class PeriodRecognizer
{
    private const int MinYear = 1949, MaxYear = 2100, MaxYearsFromReport = 50;

    private static readonly IEnumerable<Match> NoMatches = [];

    [GeneratedRegex(@"((?:19|20)[0-9]{2})\s*年?\s*(?:至|到|—{1,2}|-|－|~|～)\s*((?:19|20)[0-9]{2})\s*年")]
    private static partial Regex YearRange();

    /// <summary>A year: every match ends with 年, right after a four-character numeral (or four digits and any whitespace).</summary>
    internal const string YearPattern = @"(?<![0-9.])((?:19|20)[0-9]{2})\s*年(?!代)|([〇零一二三四五六七八九]{4})年";

    // Anchored (\G): tried only where a 年 says a match could start (NianMatches); unanchored, the
    // search for this pattern's first characters (digits and numerals, everywhere in a report) was a
    // vectorized filter over the whole clause for each match.
    [GeneratedRegex(@"\G(?:" + YearPattern + ")")]
    private static partial Regex YearAt();

    [GeneratedRegex(@"十([一二三四五六七八九])五|第十([一二三四五六七八九])个五年")]
    private static partial Regex Plan();

    /// <summary>A relative period: every match holds one 年, one to five characters after its start.</summary>
    internal const string RelativePattern = @"今年|去年|上年|上一年|明年|前年|过去一年|过去的一年|(过去|今后|未来|近|最近|这)(的)?([一二三四五六七八九十两0-9]{1,2})年(来|间|内|里)?|([一二三四五六七八九十两0-9]{1,2})年(来|间)";

    [GeneratedRegex(@"\G(?:" + RelativePattern + ")")]
    private static partial Regex RelativeAt();

    /// <summary>What stands right before the 年 of a year (after any whitespace) or of a relative period.</summary>
    private static readonly SearchValues<char> BeforeYearNian = SearchValues.Create("0123456789〇零一二三四五六七八九"),
        BeforeRelativeNian = SearchValues.Create("今去上明前一二三四五六七八九十两0123456789");

    /// <summary>Adds the periods written in <paramref name="text"/>[span] to <paramref name="output"/>, in text order.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="span">The part to scan.</param>
    /// <param name="reportYear">The report's year, to resolve 去年 or 今后五年; relative periods are skipped without it.</param>
    /// <param name="output">Where the periods go.</param>
    public static void Recognize(string text, TextSpan span, int? reportYear, List<PeriodMention> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        int first = output.Count;
        // Every pattern but the plan's holds 年, the plan's 五: most clauses hold neither, and are skipped unmatched.
        var window = text.AsSpan(span.Start, span.Length);
        bool years = window.Contains('年');
        if (!years && !window.Contains('五')) return;
        var slice = text.Substring(span.Start, span.Length);
        var taken = new List<TextSpan>();

        foreach (Match m in years ? YearRange().Matches(slice) : NoMatches)
        {
            int a = Int(m.Groups[1].Value), b = Int(m.Groups[2].Value);
            if (b < a || !IsPlausibleYear(a, reportYear) || !IsPlausibleYear(b, reportYear)) continue;
            Add(output, taken, span.Start + m.Index, m.Length, a, b, PeriodKind.YearRange, reportYear is { } r && a >= r);
        }
        foreach (Match m in YearMatches(slice))
        {
            int year = m.Groups[1].Success ? Int(m.Groups[1].Value) : ChineseYear(m.Groups[2].Value);
            if (!IsPlausibleYear(year, reportYear)) continue;
            bool future = IsTargetYear(slice, m.Index) || (reportYear is { } r && year > r);
            Add(output, taken, span.Start + m.Index, m.Length, year, year, PeriodKind.Year, future);
        }
        foreach (Match m in Plan().Matches(slice))
        {
            var digit = m.Groups[1].Success ? m.Groups[1].Value[0] : m.Groups[2].Value[0];
            int n = 10 + NumeralChars.Value(digit);
            // From the third plan (1966–1970) on, plans follow each other every five years.
            int start = 1966 + 5 * (n - 3);
            if (!IsPlausibleYear(start, reportYear)) continue;
            Add(output, taken, span.Start + m.Index, m.Length, start, start + 4, PeriodKind.Plan, reportYear is { } r && start >= r);
        }
        if (reportYear is { } year0 && years)
        {
            foreach (Match m in RelativeMatches(slice))
            {
                var resolved = ResolveRelative(m, year0);
                if (resolved is { } p && IsPlausibleYear(p.Start, null) && IsPlausibleYear(p.End, null)) Add(output, taken, span.Start + m.Index, m.Length, p.Start, p.End, PeriodKind.Relative, p.Future);
            }
        }
        output.Sort(first, output.Count - first, Comparer<PeriodMention>.Create((x, y) => x.Span.Start.CompareTo(y.Span.Start)));
        for (int i = first; i < output.Count; i++)
            if (output[i].StartYear == output[i].EndYear && MonthSpans.At(text, output[i].Span.End) is { } months)
                output[i] = output[i] with { Months = months.Months };
    }

    /// <summary>The matches of <see cref="YearPattern"/> in <paramref name="slice"/>, as its Matches gives them.</summary>
    internal static IEnumerable<Match> YearMatches(string slice) => NianMatches(YearAt(), slice, BeforeYearNian, 4, 4, spaceBeforeNian: true);

    /// <summary>The matches of <see cref="RelativePattern"/> in <paramref name="slice"/>, as its Matches gives them.</summary>
    internal static IEnumerable<Match> RelativeMatches(string slice) => NianMatches(RelativeAt(), slice, BeforeRelativeNian, 1, 5, spaceBeforeNian: false);

    /// <summary>
    /// The matches <c>Matches(slice)</c> gives for a pattern whose every match holds a 年 with
    /// <paramref name="minLead"/> to <paramref name="maxLead"/> characters before it (and, with
    /// <paramref name="spaceBeforeNian"/>, the whitespace right before the 年 besides), and one of
    /// <paramref name="before"/> right before the 年 (or that whitespace): <paramref name="anchored"/> is the
    /// pattern behind \G, tried at those starts only, leftmost first, each search resuming after the last
    /// match as Matches resumes. Lookbehinds see the same slice. A test holds both to the same matches.
    /// </summary>
    private static IEnumerable<Match> NianMatches(Regex anchored, string slice, SearchValues<char> before, int minLead, int maxLead, bool spaceBeforeNian)
    {
        int next = 0; // the first start not yet tried, and after the last match's end
        for (int nian = slice.IndexOf('年'); nian >= 0; nian = slice.IndexOf('年', nian + 1))
        {
            int space = 0;
            if (spaceBeforeNian) while (nian - space > 0 && char.IsWhiteSpace(slice[nian - space - 1])) space++;
            int lead = nian - space;
            if (lead == 0 || !before.Contains(slice[lead - 1])) continue;
            for (int start = Math.Max(next, lead - maxLead); start <= lead - minLead; start++)
            {
                var match = anchored.Match(slice, start);
                if (!match.Success) continue;
                yield return match;
                next = match.Index + match.Length;
                start = next - 1;
            }
            next = Math.Max(next, lead - minLead + 1);
        }
    }

    private static (int Start, int End, bool Future)? ResolveRelative(Match m, int r)
    {
        switch (m.Value)
        {
            case "今年": return (r, r, true);
            case "去年" or "上年" or "上一年" or "过去一年" or "过去的一年": return (r - 1, r - 1, false);
            case "明年": return (r + 1, r + 1, true);
            case "前年": return (r - 2, r - 2, false);
        }
        string countText = m.Groups[3].Success ? m.Groups[3].Value : m.Groups[5].Value;
        int count = countText.All(char.IsAsciiDigit) ? Int(countText) : (int)NumberParser.Parse(countText).Value;
        if (count is < 1 or > 20) return null;
        string lead = m.Groups[1].Success ? m.Groups[1].Value : "";
        if (lead is "今后" or "未来") return (r, r + count - 1, true);
        // 过去五年, 近3年, 五年来: the years before the report's.
        if (lead is "过去" or "近" or "最近" or "这" || m.Groups[6].Value is "来" || m.Groups[4].Value is "来") return (r - count, r - 1, false);
        return null;
    }

    /// <summary>
    /// A year a report's figure can refer to: from the People's Republic's founding to 2100, and within
    /// 50 years of the report's own year where that is known (四八九八年 is no period).
    /// </summary>
    internal static bool IsPlausibleYear(int year, int? reportYear) =>
        year is >= MinYear and <= MaxYear && (reportYear is not { } r || Math.Abs(year - r) <= MaxYearsFromReport);

    private static bool IsTargetYear(string slice, int index)
    {
        // 到2025年, 至2035年, 力争2030年: a year that is a deadline looks ahead.
        if (index == 0) return false;
        char before = slice[index - 1];
        return before is '到' or '至' or '于' || (index >= 2 && slice.AsSpan(index - 2, 2) is "力争" or "预计" or "展望");
    }

    private static void Add(List<PeriodMention> output, List<TextSpan> taken, int start, int length, int a, int b, PeriodKind kind, bool future)
    {
        var span = new TextSpan(start, start + length);
        foreach (var t in taken) if (t.Start < span.End && span.Start < t.End) return;
        taken.Add(span);
        output.Add(new PeriodMention(span, a, b, kind, future));
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static int ChineseYear(string s)
    {
        int year = 0;
        foreach (char c in s) year = year * 10 + NumeralChars.Value(c);
        return year;
    }
}
