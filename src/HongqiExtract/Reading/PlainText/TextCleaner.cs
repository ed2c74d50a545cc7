using HongqiExtract.Documents;
using HongqiExtract.Normalization;

namespace HongqiExtract.Reading.PlainText;

/// <summary>
/// Turns decoded text into the document's plain text: LF line ends, one paragraph a line, with the
/// debris of web-page dumps removed (HTML comments, literal &lt;U+00A0&gt; strings, toolbar and
/// navigation lines, pages repeated in one dump). Every kept character keeps its source offset.
/// </summary>
internal static class TextCleaner
{
    private const string LiteralNbsp = "<U+00A0>";
    private const int MinDuplicateLineLength = 16;
    private const int MinRepeatedRun = 3;

    private static readonly HashSet<string> ToolbarLines = new(StringComparer.Ordinal)
    {
        "下载", "打印", "全屏", "收藏", "【字号：", "【字号:", "加大", "还原", "减小", "】", "分享", "关闭", "关闭窗口",
        "打印本页", "【字体：大 中 小】", "【字体：大中小】", "【打印】", "【关闭】", "返回顶部", "扫一扫在手机打开当前页",
    };

    private static readonly string[] NavigationPrefixes = ["当前位置", "您现在的位置", "中央政府门户网站", "【字体", "【字号", "责任编辑", "（责任编辑", "(责任编辑", "【E-mail", "【打印", "【关闭"];

    public static (string Text, OffsetMap Map) Clean(string source)
    {
        var lines = SplitLines(source);
        var (keep, inCommentAtStart) = DecideLines(source, lines);
        var builder = new MappedTextBuilder(source.Length);
        for (int i = 0; i < lines.Count; i++)
        {
            if (!keep[i]) continue;
            var (start, end) = lines[i];
            AppendLineContent(builder, source, start, end, inCommentAtStart[i]);
            builder.TrimEnd(' ');
            builder.Append('\n', end < source.Length ? end : Math.Max(0, end - 1));
        }
        builder.TrimEnd('\n');
        return builder.Build();
    }

    /// <summary>Lines as [start, end) over the source, ending at LF, CRLF or a lone CR.</summary>
    private static List<(int Start, int End)> SplitLines(string source)
    {
        var lines = new List<(int, int)>(source.Length / 64 + 1);
        int start = 0;
        while (start < source.Length)
        {
            // Vectorized search for the next line end.
            int found = source.AsSpan(start).IndexOfAny('\n', '\r');
            if (found < 0) break;
            int i = start + found;
            lines.Add((start, i));
            if (source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < source.Length) lines.Add((start, source.Length));
        return lines;
    }

    /// <summary>Which lines to keep, and which start inside a comment opened on a line before.</summary>
    private static (bool[] Keep, bool[] InCommentAtStart) DecideLines(string source, List<(int Start, int End)> lines)
    {
        var keep = new bool[lines.Count];
        var inCommentAtStart = new bool[lines.Count];
        var duplicate = new bool[lines.Count];
        // Each line's visible text, a slice of the source where the line has no debris (most lines): no string per line.
        var contents = new ReadOnlyMemory<char>[lines.Count];
        var seen = new HashSet<ReadOnlyMemory<char>>(OrdinalMemoryComparer.Instance);
        bool inComment = false;
        for (int i = 0; i < lines.Count; i++)
        {
            inCommentAtStart[i] = inComment;
            var content = VisibleContent(source, lines[i], ref inComment);
            if (content.Length == 0 || IsToolbarOrNavigation(content.Span)) continue;
            keep[i] = true;
            contents[i] = content;
            if (content.Length >= MinDuplicateLineLength && !seen.Add(content)) duplicate[i] = true;
        }
        bool IsLong(int i) => keep[i] && contents[i].Length >= MinDuplicateLineLength;
        KeepIsolatedRepeats(lines.Count, IsLong, duplicate);

        // Nearest long line before and after each line, computed once: a scan per short line is quadratic.
        var previousLong = new int[lines.Count];
        var nextLong = new int[lines.Count];
        for (int i = 0, last = -1; i < lines.Count; i++) { previousLong[i] = last; if (IsLong(i)) last = i; }
        for (int i = lines.Count - 1, last = -1; i >= 0; i--) { nextLong[i] = last; if (IsLong(i)) last = i; }
        bool DuplicateAt(int j) => j >= 0 && duplicate[j];

        // Short lines (headings, salutations) repeated next to a repeated page belong to that page too.
        var shortSeen = new HashSet<ReadOnlyMemory<char>>(OrdinalMemoryComparer.Instance);
        for (int i = 0; i < lines.Count; i++)
        {
            if (!keep[i] || duplicate[i] || contents[i].Length >= MinDuplicateLineLength) continue;
            bool repeated = !shortSeen.Add(contents[i]);
            bool betweenDuplicates = DuplicateAt(previousLong[i]) && DuplicateAt(nextLong[i]);
            if ((repeated || betweenDuplicates) && (DuplicateAt(previousLong[i]) || DuplicateAt(nextLong[i]))) keep[i] = false;
        }
        for (int i = 0; i < lines.Count; i++) if (duplicate[i]) keep[i] = false;
        return (keep, inCommentAtStart);
    }

    /// <summary>
    /// A page repeated by a web dump repeats a run of long lines; one sentence a report happens to say
    /// twice is no such run and stays.
    /// </summary>
    private static void KeepIsolatedRepeats(int count, Func<int, bool> isLong, bool[] duplicate)
    {
        int runStart = -1, runLength = 0;
        for (int i = 0; i <= count; i++)
        {
            if (i < count && !isLong(i)) continue;
            if (i < count && duplicate[i])
            {
                if (runLength == 0) runStart = i;
                runLength++;
                continue;
            }
            if (runLength is > 0 and < MinRepeatedRun)
                for (int j = runStart; j < i; j++) duplicate[j] = false;
            runLength = 0;
        }
    }

    /// <summary>The line's text with comments and literal NBSP strings removed and whitespace trimmed.</summary>
    private static ReadOnlyMemory<char> VisibleContent(string source, (int Start, int End) line, ref bool inComment)
    {
        // Most lines hold no '<': nothing to remove, the trimmed line is a slice of the source.
        if (!inComment && source.AsSpan(line.Start, line.End - line.Start).IndexOf('<') < 0)
            return Trim(source.AsMemory(line.Start, line.End - line.Start));
        // Else the runs between comments and literal NBSP strings, copied together.
        var runs = new List<(int Start, int Length)>();
        VisibleRuns(source, line.Start, line.End, ref inComment, runs);
        var sb = new System.Text.StringBuilder(line.End - line.Start);
        foreach (var (start, length) in runs) sb.Append(source, start, length);
        return Trim(sb.ToString().AsMemory());
    }

    /// <summary>White space, then ideographic spaces, then white space again off both ends (as Trim().Trim('\u3000').Trim()).</summary>
    private static ReadOnlyMemory<char> Trim(ReadOnlyMemory<char> text)
    {
        var span = text.Span;
        int start = 0, end = span.Length;
        for (int pass = 0; pass < 3; pass++)
        {
            bool ideographic = pass == 1;
            while (start < end && (ideographic ? span[start] == '\u3000' : char.IsWhiteSpace(span[start]))) start++;
            while (end > start && (ideographic ? span[end - 1] == '\u3000' : char.IsWhiteSpace(span[end - 1]))) end--;
        }
        return text[start..end];
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ToolbarLineLookup = ToolbarLines.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsToolbarOrNavigation(ReadOnlySpan<char> content)
    {
        if (ToolbarLineLookup.Contains(content)) return true;
        bool anyLetterOrDigit = false;
        foreach (char c in content) if (char.IsLetterOrDigit(c)) { anyLetterOrDigit = true; break; }
        if (!anyLetterOrDigit) return true;
        foreach (var prefix in NavigationPrefixes)
            if (content.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Lines compared by their characters, hashed as string hashes them: a set of slices needs no strings.</summary>
    private sealed class OrdinalMemoryComparer : IEqualityComparer<ReadOnlyMemory<char>>
    {
        public static readonly OrdinalMemoryComparer Instance = new();
        public bool Equals(ReadOnlyMemory<char> x, ReadOnlyMemory<char> y) => x.Span.SequenceEqual(y.Span);
        public int GetHashCode(ReadOnlyMemory<char> obj) => string.GetHashCode(obj.Span, StringComparison.Ordinal);
    }

    /// <summary>
    /// Adds the runs of the line [start, end) that lie outside HTML comments and literal NBSP strings, as
    /// (start, length) over the source, jumping from one '&lt;' (or comment end) to the next;
    /// <paramref name="inComment"/> carries a comment open at the line's start in, and one left open out.
    /// </summary>
    private static void VisibleRuns(string source, int start, int end, ref bool inComment, List<(int Start, int Length)> runs)
    {
        int at = start, runStart = start;
        while (at < end)
        {
            var rest = source.AsSpan(at, end - at);
            if (inComment)
            {
                int close = rest.IndexOf("-->");
                if (close < 0) return;
                inComment = false;
                at = runStart = at + close + 3;
                continue;
            }
            int open = rest.IndexOf('<');
            if (open < 0) break;
            at += open;
            rest = rest[open..];
            int skip = rest.StartsWith("<!--") ? 4 : rest.StartsWith(LiteralNbsp) ? LiteralNbsp.Length : 0;
            // A '<' that opens neither stays in the run.
            if (skip == 0) { at++; continue; }
            if (at > runStart) runs.Add((runStart, at - runStart));
            inComment = skip == 4;
            at = runStart = at + skip;
        }
        if (!inComment && end > runStart) runs.Add((runStart, end - runStart));
    }

    private static void AppendLineContent(MappedTextBuilder builder, string source, int start, int end, bool inComment)
    {
        // A line never holds a CR (SplitLines ends lines there), so only a '<' can start what is dropped.
        if (!inComment && source.AsSpan(start, end - start).IndexOf('<') < 0)
        {
            AppendWithoutLeadingBlanks(builder, source, start, end);
            return;
        }
        // A line inside a comment opened above drops the comment's rest too.
        var runs = new List<(int Start, int Length)>();
        VisibleRuns(source, start, end, ref inComment, runs);
        foreach (var (runStart, length) in runs) AppendWithoutLeadingBlanks(builder, source, runStart, runStart + length);
    }

    /// <summary>Appends source[start, end), less its leading blanks where it would open a line: they are layout, not text.</summary>
    private static void AppendWithoutLeadingBlanks(MappedTextBuilder builder, string source, int start, int end)
    {
        if (builder.Length == 0 || builder[builder.Length - 1] == '\n')
            while (start < end && source[start] is ' ' or '\t' or '\u3000' or '\u00A0') start++;
        if (start < end) builder.Append(source, start, end - start);
    }
}
