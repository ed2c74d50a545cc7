namespace HongqiExtract.Structure;

/// <summary>Recognizes the numbered headings of Chinese reports and where their heading text ends.</summary>
internal static class HeadingDetector
{
    private const string ChineseDigits = "一二三四五六七八九十";

    /// <summary>
    /// The heading level of a paragraph (0 when it is no heading) and the length of its heading text.
    /// 第X部分 and 一、 are level 1, （一） level 2, 1. and 1、 level 3, （1） level 4.
    /// </summary>
    public static (int Level, int HeadingLength) Detect(ReadOnlySpan<char> line)
    {
        int level = 0, prefix = 0;
        if (line.StartsWith("第") && line.IndexOf("部分") is > 1 and < 6 && IsAll(line[1..line.IndexOf("部分")], ChineseDigits))
        {
            level = 1; prefix = line.IndexOf("部分") + 2;
        }
        else if (CountLeading(line, ChineseDigits) is > 0 and var n && n < line.Length && line[n] is '、' or '．' or '.')
        {
            level = 1; prefix = n + 1;
        }
        else if (line.Length > 2 && line[0] is '（' or '(' && CountLeading(line[1..], ChineseDigits) is > 0 and var m && m + 1 < line.Length && line[m + 1] is '）' or ')')
        {
            level = 2; prefix = m + 2;
        }
        else if (CountLeadingDigits(line) is > 0 and < 3 and var d && d + 1 < line.Length && line[d] is '.' or '、' && !char.IsAsciiDigit(line[d + 1]))
        {
            level = 3; prefix = d + 1;
        }
        else if (line.Length > 2 && line[0] is '（' or '(' && CountLeadingDigits(line[1..]) is > 0 and < 3 and var e && e + 1 < line.Length && line[e + 1] is '）' or ')')
        {
            level = 4; prefix = e + 2;
        }
        if (level == 0 && IsUnnumberedHeading(line)) return (1, line.Length);
        if (level == 0 || prefix >= line.Length) return (0, 0);
        return (level, HeadingEnd(line, prefix));
    }

    private static readonly string[] SectionWords = ["工作回顾", "重点工作", "工作安排", "主要目标", "目标任务", "主要任务", "政府自身建设", "发展成就", "主要考虑"];

    /// <summary>Some reports (Gansu 2026) head their parts with a short unnumbered line: “十四五”时期工作回顾.</summary>
    private static bool IsUnnumberedHeading(ReadOnlySpan<char> line)
    {
        if (line.Length is < 4 or > 24 || line.IndexOfAny("。，；：:,;！？") >= 0) return false;
        foreach (var word in SectionWords)
            if (line.EndsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A heading runs to the first sentence end or to the end of a short line.</summary>
    private static int HeadingEnd(ReadOnlySpan<char> line, int prefix)
    {
        int stop = line[prefix..].IndexOfAny("。！？；：:");
        if (stop < 0) return line.Length;
        int end = prefix + stop;
        // 。 closes a heading sentence that belongs to the heading ("（一）稳定经济增长。" then body).
        return line[end] == '。' || line[end] == '：' || line[end] == ':' ? end + 1 : end;
    }

    private static int CountLeading(ReadOnlySpan<char> s, string set)
    {
        int i = 0;
        while (i < s.Length && i < 4 && set.Contains(s[i], StringComparison.Ordinal)) i++;
        return i;
    }

    private static int CountLeadingDigits(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i;
    }

    private static bool IsAll(ReadOnlySpan<char> s, string set)
    {
        foreach (char c in s) if (!set.Contains(c, StringComparison.Ordinal)) return false;
        return !s.IsEmpty;
    }
}
