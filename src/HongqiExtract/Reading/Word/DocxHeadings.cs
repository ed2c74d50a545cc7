using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HongqiExtract.Reading.Word;

/// <summary>
/// The heading level of a Word paragraph: its own outline level, else its style's (through the styles
/// it is based on), else a style named as a heading (Heading 2, heading 2, 标题 2); 0 for body text.
/// </summary>
internal sealed partial class DocxHeadings
{
    /// <summary>How deep a basedOn chain is followed (a loop in a broken file must end).</summary>
    private const int MaxStyleDepth = 10;

    private readonly Dictionary<string, Style> _styles;
    private readonly Dictionary<string, int> _levels = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:heading|标题)\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();

    public DocxHeadings(Styles? styles)
    {
        _styles = new Dictionary<string, Style>(StringComparer.Ordinal);
        foreach (var style in styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } id) _styles.TryAdd(id, style);
    }

    public int Level(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is int own and < 9) return own + 1;
        return properties?.ParagraphStyleId?.Val?.Value is { } styleId ? StyleLevel(styleId) : 0;
    }

    /// <summary>Whether the paragraph is in the document's title style.</summary>
    public bool IsTitle(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } id && _styles.TryGetValue(id, out var style)
        && (style.StyleName?.Val?.Value ?? id) is "Title" or "title" or "标题";

    private int StyleLevel(string styleId)
    {
        if (_levels.TryGetValue(styleId, out int known)) return known;
        int level = 0;
        string? id = styleId;
        for (int depth = 0; id is not null && depth < MaxStyleDepth && _styles.TryGetValue(id, out var style); depth++)
        {
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int outline and < 9) { level = outline + 1; break; }
            if (HeadingName().Match(style.StyleName?.Val?.Value ?? "") is { Success: true } named) { level = named.Groups[1].Value[0] - '0'; break; }
            id = style.BasedOn?.Val?.Value;
        }
        if (level == 0 && HeadingName().Match(styleId) is { Success: true } byId) level = byId.Groups[1].Value[0] - '0';
        return _levels[styleId] = level;
    }
}
