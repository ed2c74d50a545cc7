using System.Xml.Linq;

namespace HongqiExtract.Reading.Word;

/// <summary>
/// The text of a Word paragraph as a reader sees it: its runs' text (w:t), tabs as tabs, line breaks
/// as line breaks; deleted text (w:delText), field codes (w:instrText), footnote marks and the tab
/// stops of paragraph properties are not text.
/// </summary>
internal static class DocxText
{
    public static string Of(XElement paragraph, WordNames w)
    {
        var text = new System.Text.StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            var name = element.Name;
            if (name == w.Text) text.Append(element.Value);
            else if (name == w.Tab && element.Parent?.Name != w.TabStops) text.Append('\t');
            else if (name == w.Break || name == w.CarriageReturn) text.Append('\n');
        }
        return text.ToString();
    }
}
