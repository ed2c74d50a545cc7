using System.Xml.Linq;
using HongqiExtract.Documents;

namespace HongqiExtract.Reading.Word;

/// <summary>
/// A Word body as blocks in reading order: paragraphs with their heading level, and tables with a
/// caption paragraph right above them (表1 …) and notes right below (注：…) attached. A table with no
/// number in any cell is layout, read as paragraphs.
/// </summary>
internal sealed class DocxBlocks(DocxHeadings headings, WordNames w)
{
    private abstract record Block;
    private sealed record TextBlock(string Text, int Level) : Block;
    private sealed record GridBlock(List<IReadOnlyList<TableBlockCell>> Rows) : Block;

    private readonly List<Block> _blocks = [];

    /// <summary>The document's title paragraph, if it has one in the title style.</summary>
    public string? Title { get; private set; }

    /// <summary>Reads a container's blocks: the body, or a content control's content.</summary>
    public void Read(XElement container)
    {
        foreach (var element in container.Elements())
        {
            if (element.Name == w.Paragraph)
            {
                string text = DocxText.Of(element, w);
                if (text.Trim().Length == 0) continue;
                if (headings.IsTitle(element)) Title ??= text.Trim();
                _blocks.Add(new TextBlock(text, headings.Level(element)));
            }
            else if (element.Name == w.Table) ReadTable(element);
            else if (element.Name == w.ContentControl && element.Element(w.ContentControlContent) is { } inner) Read(inner);
        }
    }

    private void ReadTable(XElement table)
    {
        var rows = DocxTables.Rows(table, w);
        if (rows.Any(r => r.Any(c => TableLines.StartsWithNumber(c.Text.AsSpan().Trim())))) { _blocks.Add(new GridBlock(rows)); return; }
        foreach (var row in rows)
            if (string.Join('\t', row.Select(c => c.Text)).Trim() is { Length: > 0 } line) _blocks.Add(new TextBlock(line, 0));
    }

    public void AddTo(DocumentBuilder builder)
    {
        for (int i = 0; i < _blocks.Count; i++)
        {
            if (_blocks[i] is TextBlock { Level: > 0 } heading) { builder.AddHeading(heading.Text.Replace('\n', ' ').Trim(), heading.Level); continue; }
            if (_blocks[i] is TextBlock paragraph)
            {
                // A caption right above a table is the table's.
                if (i + 1 < _blocks.Count && _blocks[i + 1] is GridBlock && TableLines.IsCaption(paragraph.Text.Trim())) continue;
                builder.AddParagraph(paragraph.Text);
                continue;
            }
            var grid = (GridBlock)_blocks[i];
            string? caption = i > 0 && _blocks[i - 1] is TextBlock above && TableLines.IsCaption(above.Text.Trim()) ? above.Text.Trim() : null;
            var notes = new List<string>();
            while (i + 1 < _blocks.Count && _blocks[i + 1] is TextBlock { Level: 0 } below && TableLines.IsNote(below.Text.Trim()))
            {
                notes.Add(below.Text.Trim());
                i++;
            }
            builder.AddTable(new TableBlock(caption, grid.Rows) { Note = notes.Count == 0 ? null : string.Join('\n', notes) });
        }
    }
}
