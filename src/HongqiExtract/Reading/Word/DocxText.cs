using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HongqiExtract.Reading.Word;

/// <summary>
/// The text of a Word paragraph as a reader sees it: its runs' text, tabs as tabs, line breaks as line
/// breaks; deleted text (tracked changes), field codes and footnote marks are not text.
/// </summary>
internal static class DocxText
{
    public static string Of(OpenXmlElement paragraph)
    {
        var text = new System.Text.StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }
        return text.ToString();
    }
}
