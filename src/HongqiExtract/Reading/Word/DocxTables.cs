using System.Xml.Linq;
using HongqiExtract.Documents;

namespace HongqiExtract.Reading.Word;

/// <summary>
/// A Word table's rows for the table model: a cell's paragraphs joined, its grid span as a column
/// span, a vertical merge as a row span of the cell that starts it (the cells it covers are left out,
/// as HTML leaves them out), rows marked to repeat as headers as header cells.
/// </summary>
internal static class DocxTables
{
    /// <summary>A cell at its grid column; <see cref="Merge"/> is its w:vMerge, null when it has none.</summary>
    private readonly record struct Placed(XElement Cell, int Column, int Span, XElement? Merge);

    public static List<IReadOnlyList<TableBlockCell>> Rows(XElement table, WordNames w)
    {
        var tableRows = table.Elements(w.Row).ToList();
        var placed = tableRows.Select(row => Place(row, w)).ToList();
        var rows = new List<IReadOnlyList<TableBlockCell>>(placed.Count);
        for (int r = 0; r < placed.Count; r++)
        {
            bool header = tableRows[r].Element(w.RowProperties)?.Element(w.RowIsHeader) is not null;
            var cells = new List<TableBlockCell>();
            foreach (var p in placed[r])
            {
                if (p.Merge is { } merge && !Restarts(merge, w)) continue; // covered by the cell above
                int rowSpan = p.Merge is null ? 1 : 1 + CountContinued(placed, r + 1, p.Column, w);
                string text = string.Join("", p.Cell.Elements(w.Paragraph).Select(paragraph => DocxText.Of(paragraph, w))).Replace('\n', ' ').Trim();
                cells.Add(new TableBlockCell(text, header, rowSpan, p.Span));
            }
            rows.Add(cells);
        }
        return rows;
    }

    private static List<Placed> Place(XElement row, WordNames w)
    {
        var placed = new List<Placed>();
        int column = w.IntOf(row.Element(w.RowProperties), w.GridBefore) ?? 0;
        foreach (var cell in row.Elements(w.Cell))
        {
            var properties = cell.Element(w.CellProperties);
            int span = Math.Max(1, w.IntOf(properties, w.GridSpan) ?? 1);
            placed.Add(new Placed(cell, column, span, properties?.Element(w.VerticalMerge)));
            column += span;
        }
        return placed;
    }

    /// <summary>Whether a w:vMerge starts a merge; without w:val it continues the one above.</summary>
    private static bool Restarts(XElement merge, WordNames w) => (string?)merge.Attribute(w.Val) == "restart";

    /// <summary>How many rows from <paramref name="from"/> continue the merge at a grid column.</summary>
    private static int CountContinued(List<List<Placed>> rows, int from, int column, WordNames w)
    {
        int count = 0;
        for (int r = from; r < rows.Count; r++)
        {
            var below = rows[r].FirstOrDefault(p => p.Column == column);
            if (below.Cell is null || below.Merge is not { } merge || Restarts(merge, w)) break;
            count++;
        }
        return count;
    }
}
