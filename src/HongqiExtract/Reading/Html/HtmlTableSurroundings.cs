using HongqiExtract.Documents;

namespace HongqiExtract.Reading.Html;

/// <summary>
/// Many pages write a table's caption, unit line and notes as paragraphs around the table rather than
/// as its &lt;caption&gt;: this moves them onto the table, where the binder reads them.
/// </summary>
internal static class HtmlTableSurroundings
{
    public static List<HtmlBlock> Attach(List<HtmlBlock> blocks)
    {
        if (!blocks.Exists(b => b.Table is not null)) return blocks;
        var result = new List<HtmlBlock>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Table is not { } table) { result.Add(blocks[i]); continue; }
            var notes = new List<string>();
            // Above: a unit line, and above it (or right above the table) a caption paragraph.
            if (IsParagraph(result, TableLines.IsUnitLine)) { notes.Add(result[^1].Text); result.RemoveAt(result.Count - 1); }
            if (table.Caption is null && IsParagraph(result, TableLines.IsCaption)) { table = table with { Caption = result[^1].Text }; result.RemoveAt(result.Count - 1); }
            // Below: the notes.
            while (i + 1 < blocks.Count && blocks[i + 1] is { Table: null, HeadingLevel: 0 } next && (TableLines.IsNote(next.Text) || TableLines.IsUnitLine(next.Text)))
            {
                notes.Add(next.Text);
                i++;
            }
            if (table.Note is { } own) notes.Insert(0, own);
            result.Add(new HtmlBlock("", 0, Noted(table, notes)));
        }
        return result;
    }

    private static TableBlock Noted(TableBlock table, List<string> notes) => notes.Count == 0 ? table : table with { Note = string.Join('\n', notes) };

    private static bool IsParagraph(List<HtmlBlock> blocks, Func<string, bool> test) =>
        blocks.Count > 0 && blocks[^1] is { Table: null, HeadingLevel: 0 } last && test(last.Text);
}
