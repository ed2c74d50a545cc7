using System.Net;
using System.Text;
using HongqiExtract.Documents;

namespace HongqiExtract.Output.Html;

/// <summary>
/// The document's text as HTML: one element a line (section headings as h2–h4), every record's
/// number-and-unit span a &lt;mark&gt; that names its records, a diagnostic a ⚠ where it occurred.
/// Every piece of text is HTML-escaped.
/// </summary>
internal static class HtmlTextView
{
    /// <summary>Below this confidence a record is marked for checking.</summary>
    public const double LowConfidence = 0.5;

    private sealed record Mark(int Start, int End, List<int> Records, string Classes);

    public static void Write(ReportDocument document, IReadOnlyList<IndicatorRecord> records, IReadOnlyList<Diagnostic> diagnostics, StringBuilder html)
    {
        string text = document.PlainText;
        var marks = Marks(records, text.Length);
        var headings = document.Sections.Where(s => s.HeadingSpan.Length > 0).GroupBy(s => s.HeadingSpan.Start).ToDictionary(g => g.Key, g => g.First().Level);
        var warnings = diagnostics.Where(d => d.Span is { } s && s.Start >= 0 && s.Start <= text.Length).OrderBy(d => d.Span!.Value.Start).ToList();
        int m = 0, w = 0, lineStart = 0;
        while (lineStart <= text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            string tag = headings.TryGetValue(lineStart, out int level) ? $"h{Math.Clamp(level + 1, 2, 4)}" : "p";
            if (lineEnd > lineStart) html.Append('<').Append(tag).Append('>');
            int at = lineStart;
            while (at < lineEnd)
            {
                int nextMark = m < marks.Count && marks[m].Start < lineEnd ? Math.Max(marks[m].Start, at) : lineEnd;
                int nextWarning = w < warnings.Count && warnings[w].Span!.Value.Start < lineEnd ? Math.Max(warnings[w].Span!.Value.Start, at) : lineEnd;
                int stop = Math.Min(nextMark, nextWarning);
                Escape(html, text, at, stop);
                at = stop;
                if (at == nextWarning && w < warnings.Count && nextWarning < lineEnd) { Warning(html, warnings[w++]); continue; }
                if (at == nextMark && m < marks.Count && nextMark < lineEnd)
                {
                    var mark = marks[m++];
                    int end = Math.Min(mark.End, lineEnd);
                    html.Append("<mark id=\"m-").Append(mark.Records[0]).Append("\" class=\"").Append(mark.Classes).Append("\" data-r=\"").Append(string.Join(' ', mark.Records)).Append("\">");
                    Escape(html, text, at, end);
                    html.Append("</mark>");
                    at = end;
                }
            }
            // Warnings at the line's end (an empty cell, a cut numeral).
            while (w < warnings.Count && warnings[w].Span!.Value.Start <= lineEnd) Warning(html, warnings[w++]);
            if (lineEnd > lineStart) html.Append("</").Append(tag).Append(">\n");
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>One mark per distinct span, in text order; a record whose span overlaps an earlier mark joins that mark.</summary>
    private static List<Mark> Marks(IReadOnlyList<IndicatorRecord> records, int length)
    {
        var marks = new List<Mark>();
        foreach (var (record, index) in records.Select((r, i) => (r, i)).Where(x => x.r.Start >= 0 && x.r.End <= length && x.r.Start < x.r.End)
                     .OrderBy(x => x.r.Start).ThenByDescending(x => x.r.End))
        {
            if (marks.Count > 0 && record.Start < marks[^1].End)
            {
                marks[^1].Records.Add(index);
                continue;
            }
            var classes = "k-" + RecordWriters.Name(record.Kind) + (record.IsTarget ? " target" : "") + (record.Confidence < LowConfidence ? " low" : "");
            marks.Add(new Mark(record.Start, record.End, [index], classes));
        }
        return marks;
    }

    private static void Warning(StringBuilder html, Diagnostic diagnostic) =>
        html.Append("<span class=\"diagnostic\" title=\"").Append(WebUtility.HtmlEncode($"{diagnostic.Code}: {diagnostic.Message}")).Append("\">⚠</span>");

    private static void Escape(StringBuilder html, string text, int start, int end)
    {
        if (end > start) html.Append(WebUtility.HtmlEncode(text[start..end]));
    }
}
