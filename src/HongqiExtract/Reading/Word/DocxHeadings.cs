using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HongqiExtract.Reading.Word;

/// <summary>
/// The heading level of a Word paragraph: its own outline level, else its style's (through the styles
/// it is based on), else a style named as a heading (Heading 2, heading 2, 标题 2); 0 for body text.
/// </summary>
internal sealed partial class DocxHeadings
{
    /// <summary>How deep a basedOn chain is followed (a loop in a broken file must end).</summary>
    private const int MaxStyleDepth = 10;

    private readonly WordNames _w;
    private readonly Dictionary<string, XElement> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _levels = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:heading|标题)\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();

    /// <param name="styles">The style definitions part's root (w:styles), null when the document has none.</param>
    /// <param name="w">The document's names.</param>
    public DocxHeadings(XElement? styles, WordNames w)
    {
        _w = w;
        foreach (var style in styles?.Elements(w.Style) ?? [])
            if ((string?)style.Attribute(w.StyleId) is { } id) _styles.TryAdd(id, style);
    }

    public int Level(XElement paragraph)
    {
        var properties = paragraph.Element(_w.ParagraphProperties);
        if (_w.IntOf(properties, _w.OutlineLevel) is int own and < 9) return own + 1;
        return _w.ValOf(properties, _w.ParagraphStyle) is { } styleId ? StyleLevel(styleId) : 0;
    }

    /// <summary>Whether the paragraph is in the document's title style.</summary>
    public bool IsTitle(XElement paragraph) =>
        _w.ValOf(paragraph.Element(_w.ParagraphProperties), _w.ParagraphStyle) is { } id && _styles.TryGetValue(id, out var style)
        && (_w.ValOf(style, _w.StyleName) ?? id) is "Title" or "title" or "标题";

    private int StyleLevel(string styleId)
    {
        if (_levels.TryGetValue(styleId, out int known)) return known;
        int level = 0;
        string? id = styleId;
        for (int depth = 0; id is not null && depth < MaxStyleDepth && _styles.TryGetValue(id, out var style); depth++)
        {
            if (_w.IntOf(style.Element(_w.ParagraphProperties), _w.OutlineLevel) is int outline and < 9) { level = outline + 1; break; }
            if (HeadingName().Match(_w.ValOf(style, _w.StyleName) ?? "") is { Success: true } named) { level = named.Groups[1].Value[0] - '0'; break; }
            id = _w.ValOf(style, _w.BasedOn);
        }
        if (level == 0 && HeadingName().Match(styleId) is { Success: true } byId) level = byId.Groups[1].Value[0] - '0';
        return _levels[styleId] = level;
    }
}
