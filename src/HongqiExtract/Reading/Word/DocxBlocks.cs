using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using HongqiExtract.Documents;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace HongqiExtract.Reading.Word;

/// <summary>
/// A Word body as blocks in reading order: paragraphs with their heading level, and tables with a
/// caption paragraph right above them (表1 …) and notes right below (注：…) attached. A table with no
/// number in any cell is layout, read as paragraphs.
/// </summary>
internal sealed class DocxBlocks(DocxHeadings headings)
{
    private abstract record Block;
    private sealed record TextBlock(string Text, int Level) : Block;
    private sealed record GridBlock(List<IReadOnlyList<TableBlockCell>> Rows) : Block;

    private readonly List<Block> _blocks = [];

    /// <summary>The document's title paragraph, if it has one in the title style.</summary>
    public string? Title { get; private set; }

    public void Read(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    string text = DocxText.Of(paragraph);
                    if (text.Trim().Length == 0) break;
                    if (headings.IsTitle(paragraph)) Title ??= text.Trim();
                    _blocks.Add(new TextBlock(text, headings.Level(paragraph)));
                    break;
                case Table table:
                    ReadTable(table);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } inner:
                    Read(inner);
                    break;
            }
        }
    }

    private void ReadTable(Table table)
    {
        var rows = DocxTables.Rows(table);
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
