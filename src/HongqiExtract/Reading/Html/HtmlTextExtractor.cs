using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HongqiExtract.Documents;

namespace HongqiExtract.Reading.Html;

/// <summary>A block of an HTML page's main content: a heading, a paragraph, a list item or a table cell row.</summary>
internal sealed record HtmlBlock(string Text, int HeadingLevel, TableBlock? Table = null);

/// <summary>The main content of an HTML page as blocks, with its title and date.</summary>
internal sealed record HtmlContent(IReadOnlyList<HtmlBlock> Blocks, string? Title, string? Date);

/// <summary>
/// Reads an HTML page through AngleSharp and keeps its main content only: navigation, headers,
/// footers, scripts, styles, forms and share widgets are dropped.
/// </summary>
internal static class HtmlTextExtractor
{
    private static readonly string[] DroppedTags = ["script", "style", "noscript", "nav", "footer", "header", "aside", "form", "iframe", "svg", "button", "select", "template"];

    private static readonly string[] BoilerplateMarkers = ["nav", "menu", "footer", "share", "breadcrumb", "toolbar", "sidebar", "header", "copyright", "banner", "comment", "related", "login", "search", "crumb"];

    private static readonly string[] ContentMarkers = ["content", "article", "main", "text", "detail", "body", "zoom"];

    public static HtmlContent Extract(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        string? title = document.Title?.Trim();
        string? date = MetaContent(document, "PubDate", "pubdate", "publishdate", "article:published_time", "date", "firstpublishedtime");

        foreach (var tag in DroppedTags)
            foreach (var element in document.QuerySelectorAll(tag).ToList()) element.Remove();
        foreach (var element in document.All.Where(IsBoilerplate).ToList()) element.Remove();

        var root = ChooseContentRoot(document);
        var blocks = new List<HtmlBlock>();
        Walk(root, blocks);
        blocks = HtmlTableSurroundings.Attach(blocks);
        if (string.IsNullOrEmpty(title))
            title = blocks.FirstOrDefault(b => b.HeadingLevel > 0)?.Text;
        return new HtmlContent(blocks, string.IsNullOrEmpty(title) ? null : title, date);
    }

    private static string? MetaContent(IDocument document, params string[] names)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop");
            if (key is null) continue;
            foreach (var name in names)
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                    return meta.GetAttribute("content")?.Trim();
        }
        return null;
    }

    private static bool IsBoilerplate(IElement element)
    {
        if (element.LocalName is "html" or "body" or "main" or "article") return false;
        var marker = ((element.Id ?? "") + " " + (element.ClassName ?? "")).ToLowerInvariant();
        if (marker.Length <= 1) return false;
        if (ContentMarkers.Any(marker.Contains)) return false;
        return BoilerplateMarkers.Any(marker.Contains);
    }

    /// <summary>The element most likely to hold the article: article/main, else the block with the most paragraph text.</summary>
    private static IElement ChooseContentRoot(IDocument document)
    {
        var explicitRoot = document.QuerySelector("article") ?? document.QuerySelector("main");
        if (explicitRoot is not null) return explicitRoot;
        var body = document.Body ?? document.DocumentElement;
        IElement best = body;
        int bestScore = 0;
        // A cell of a data table is not a page's content, even when Word writes it as a paragraph.
        var dataTables = new Dictionary<IElement, bool>();
        foreach (var candidate in body.QuerySelectorAll("div, section, td"))
        {
            if (candidate.LocalName == "td" && candidate.Closest("table") is { } table && (dataTables.TryGetValue(table, out bool data) ? data : dataTables[table] = IsDataTable(table))) continue;
            int score = candidate.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Trim().Length);
            if (score > bestScore) { bestScore = score; best = candidate; }
        }
        // Only narrow down when the candidate clearly holds the text; short pages keep the whole body.
        return bestScore >= body.TextContent.Trim().Length / 3 && bestScore > 0 ? best : body;
    }

    private static void Walk(IElement element, List<HtmlBlock> blocks)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                AddBlock(blocks, element.TextContent, element.LocalName[1] - '0');
                return;
            case "p" or "li" or "dt" or "dd" or "blockquote" or "pre" or "caption":
                AddBlock(blocks, element.TextContent, 0);
                return;
            case "table" when IsDataTable(element):
                blocks.Add(new HtmlBlock("", 0, ReadTable(element)));
                return;
            case "tr":
                // A table row becomes one line, its cells separated by tabs.
                var row = string.Join('\t', element.Children.Where(c => c.LocalName is "td" or "th").Select(c => Squash(c.TextContent)));
                if (row.Trim('\t').Length > 0) blocks.Add(new HtmlBlock(row, 0));
                return;
            case "br":
                return;
        }
        var pending = new System.Text.StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement childElement && childElement.LocalName != "br" && !IsInline(childElement))
            {
                AddBlock(blocks, pending.ToString(), 0);
                pending.Clear();
                Walk(childElement, blocks);
            }
            else if (child is IElement { LocalName: "br" })
            {
                AddBlock(blocks, pending.ToString(), 0);
                pending.Clear();
            }
            else
            {
                pending.Append(child.TextContent);
            }
        }
        AddBlock(blocks, pending.ToString(), 0);
    }

    /// <summary>
    /// A table of data: some cell is a number, and no cell holds another table, a list, a heading or
    /// more than one paragraph (a page layout table does, and stays prose). Word writes every cell as
    /// one paragraph (&lt;td&gt;&lt;p&gt;5.66&lt;/p&gt;&lt;/td&gt;): that is still data.
    /// </summary>
    private static bool IsDataTable(IElement table)
    {
        var cells = table.QuerySelectorAll("td, th");
        return cells.All(cell => cell.QuerySelector("table, ul, ol, h1, h2, h3, h4, h5, h6") is null && cell.QuerySelectorAll("p, div").Length <= 1)
            && cells.Any(cell => IsNumberCell(Squash(cell.TextContent)));
    }

    /// <summary>A cell that starts with a number (5.66, -0.4, 85.26万吨) and holds no sentence.</summary>
    private static bool IsNumberCell(string text) => text.Length <= MaxNumberCell && TableLines.StartsWithNumber(text);

    /// <summary>A number cell is short; a longer one is a sentence that starts with a figure.</summary>
    private const int MaxNumberCell = 24;

    private static TableBlock ReadTable(IElement table)
    {
        var caption = table.QuerySelector("caption")?.TextContent;
        var rows = table.QuerySelectorAll("tr")
            .Select(tr => (IReadOnlyList<TableBlockCell>)[.. tr.Children.Where(c => c.LocalName is "td" or "th")
                .Select(c => new TableBlockCell(Squash(c.TextContent.Replace('\n', ' ')), c.LocalName == "th", Span(c, "rowspan"), Span(c, "colspan")))])
            .ToList();
        return new TableBlock(caption is null ? null : Squash(caption.Replace('\n', ' ')), rows);
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 1;

    private static bool IsInline(IElement element) =>
        element.LocalName is "a" or "span" or "strong" or "b" or "em" or "i" or "u" or "font" or "sub" or "sup" or "small" or "big" or "label" or "abbr" or "code" or "mark" or "time";

    private static void AddBlock(List<HtmlBlock> blocks, string text, int headingLevel)
    {
        foreach (var line in text.Split('\n'))
        {
            var squashed = Squash(line);
            if (squashed.Length > 0) blocks.Add(new HtmlBlock(squashed, headingLevel));
        }
    }

    private static string Squash(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in text)
        {
            char c = raw is '\u00A0' or '\t' or '\r' ? ' ' : raw;
            if (c == ' ') { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString().Trim('\u3000', ' ');
    }
}
