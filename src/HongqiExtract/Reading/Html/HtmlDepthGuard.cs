using System.Net;
using System.Text;

namespace HongqiExtract.Reading.Html;

/// <summary>
/// Guards the HTML reader against pathological nesting (100,000 nested divs take AngleSharp minutes):
/// a linear pre-scan measures the depth, and a page past the limit is read as flattened text instead.
/// </summary>
internal static class HtmlDepthGuard
{
    /// <summary>Real pages nest a few dozen elements deep; parsing stays fast well past this.</summary>
    public const int MaxDepth = 256;

    private static readonly HashSet<string> NoDepth = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements, and elements the parser closes by itself, add no depth.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "td", "th", "tr", "option",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
        "blockquote", "pre", "ul", "ol", "main", "header", "footer", "title", "caption",
    };

    /// <summary>The deepest nesting of elements, approximately, in one pass.</summary>
    public static int Depth(string html)
    {
        int depth = 0, max = 0;
        for (int i = html.IndexOf('<'); i >= 0 && i < html.Length; i = html.IndexOf('<', i + 1))
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0) break;
                i = close;
                continue;
            }
            bool closing = i + 1 < html.Length && html[i + 1] == '/';
            var (name, end) = TagName(html, closing ? i + 2 : i + 1);
            if (name.Length == 0) continue;
            int gt = html.IndexOf('>', end);
            if (gt < 0) break;
            if (!closing && IsRawText(name))
            {
                // Raw text: i<len inside a script is no tag.
                int close = html.IndexOf("</" + name, gt, StringComparison.OrdinalIgnoreCase);
                if (close < 0) break;
                i = close;
                continue;
            }
            if (closing) depth = Math.Max(0, depth - (NoDepth.Contains(name) ? 0 : 1));
            else if (html[gt - 1] != '/' && !NoDepth.Contains(name)) max = Math.Max(max, ++depth);
            i = gt;
        }
        return max;
    }

    /// <summary>The page's text with tags removed, one block a line; scripts, styles and comments dropped.</summary>
    public static HtmlContent Flatten(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        string? title = null;
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0) { text.Append(html, i, html.Length - i); break; }
            text.Append(html, i, lt - i);
            if (html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
            {
                int close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            bool closing = lt + 1 < html.Length && html[lt + 1] == '/';
            var (name, end) = TagName(html, closing ? lt + 2 : lt + 1);
            int gt = html.IndexOf('>', end);
            if (gt < 0) break;
            i = gt + 1;
            if (!closing && IsRawText(name))
            {
                int close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }
            if (!closing && title is null && name.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                int close = html.IndexOf("</title", i, StringComparison.OrdinalIgnoreCase);
                if (close > i) title = WebUtility.HtmlDecode(html[i..close]).Trim();
            }
            if (BlockTags.Contains(name)) text.Append('\n');
        }
        var blocks = new List<HtmlBlock>();
        foreach (var line in text.ToString().Split('\n'))
        {
            var clean = WebUtility.HtmlDecode(line).Replace('\u00A0', ' ').Replace('\t', ' ').Trim().Trim('\u3000');
            if (clean.Length > 0) blocks.Add(new HtmlBlock(clean, 0));
        }
        return new HtmlContent(blocks, string.IsNullOrEmpty(title) ? null : title, null);
    }

    /// <summary>Elements whose content is raw text, never tags: script and style.</summary>
    private static bool IsRawText(string name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase);

    private static (string Name, int End) TagName(string html, int start)
    {
        int end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':')) end++;
        return end > start && char.IsAsciiLetter(html[start]) ? (html[start..end], end) : ("", start);
    }
}
